import strings from './zh-CN.json' with { type: 'json' };

/** Interface strings, kept in one file per language (zh-CN.json); an English edition is a second file. */
export type UiKey = keyof typeof strings;

export const lang = 'zh-CN';

export function t(key: UiKey): string {
  return strings[key];
}
