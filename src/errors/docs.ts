import { readFileSync } from 'node:fs';
import path from 'node:path';
import { areas, editorError } from './messages.ts';

/**
 * The list of editor errors in docs/WRITING.md, generated from the catalogue (`npm run docs:errors`,
 * scripts/error-docs.ts): for each entry its code, what it means (the entry's doc comment in
 * src/errors/messages/<area>.ts) and its fix, as worded for the entry's example. A unit test fails when the
 * list in the docs is not the one the catalogue gives.
 */

export const listStart = '<!-- errors:start（由 npm run docs:errors 从 src/errors/messages/ 生成，不要手改）-->';
export const listEnd = '<!-- errors:end -->';

const moduleDir = path.join(import.meta.dirname, 'messages');

/** Each entry's one-line doc comment, by code, from the source of its area's module. */
export function docComments(module: string): Map<string, string> {
  const source = readFileSync(path.join(moduleDir, module), 'utf8');
  return new Map([...source.matchAll(/\/\*\* (.+?) \*\/\n\s+'([a-z0-9-]+)':/g)].map((match) => [match[2]!, match[1]!]));
}

/** Markdown punctuation escaped, so a fix shows as written (`<Num>`, `**粗体**`, `[文字](…)`). */
const escape = (text: string) => text.replace(/[\\`*_[\]<>|#]/g, (char) => `\\${char}`);

/** The generated list: one table per area of the catalogue. */
export function errorList(): string {
  const sections = areas.map((area) => {
    const docs = docComments(area.module);
    const rows = Object.keys(area.messages).map((code) => {
      const meaning = docs.get(code);
      if (meaning === undefined) throw new Error(`src/errors/messages/${area.module}: the entry ${code} has no one-line doc comment (/** … */) saying what it means`);
      const { at, details } = area.examples[code as keyof typeof area.examples];
      const { fix } = editorError(code as never, at, details as never).parts;
      return `| \`${code}\` | ${escape(meaning)} | ${escape(fix)} |`;
    });
    return [`#### ${area.title}`, '', '| 错误代码 | 意思 | 怎么改（例） |', '|---|---|---|', ...rows].join('\n');
  });
  return [listStart, '', ...sections.flatMap((section) => [section, '']), listEnd].join('\n');
}

/** `markdown` with the text between the markers replaced by the list the catalogue gives. */
export function withErrorList(markdown: string): string {
  const start = markdown.indexOf('<!-- errors:start');
  const end = markdown.indexOf(listEnd);
  if (start < 0 || end < start) throw new Error(`docs/WRITING.md: the markers <!-- errors:start --> and ${listEnd} are missing`);
  return markdown.slice(0, start) + errorList() + markdown.slice(end + listEnd.length);
}
