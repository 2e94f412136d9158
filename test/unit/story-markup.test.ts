import { describe, expect, it } from 'vitest';
import { isLiteral } from '../../src/mdx/story-markup.ts';

describe('isLiteral: a component prop written in braces is data, never code', () => {
  it.each([
    '[{ x: 3, label: "全省均价" }]',
    '[{ x: { dataset: "shuozhou-heat-capacity-2022", row: "chp_installed_capacity", column: "value" }, label: "热电联产" }]',
    "[{ x: '2022-11-15', label: '正式供热', dy: -12.5, strong: true, note: null }]",
    '[\n  { dataset: "a", row: "b", column: "c", label: "说明：\\"引号\\"" },\n]',
    '90',
  ])('accepts %s', (source) => {
    expect(isLiteral(source)).toBe(true);
  });

  it.each([
    'process.env.HOME',
    'String(globalThis.process?.env.HOME)',
    '`${1 + 1}`',
    '[{ x: 1 + 2 }]',
    '[{ x: value }]',
    '(() => fetch("https://example.org"))()',
    '[{ label: "a" }].map(String)',
    'import("node:fs")',
  ])('refuses %s', (source) => {
    expect(isLiteral(source)).toBe(false);
  });
});
