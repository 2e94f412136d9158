import { describe, expect, it } from 'vitest';
import { isLiteral, parseLiteral } from '../../src/mdx/story-markup.ts';

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

describe('parseLiteral: what isLiteral accepts, read as the value JavaScript gives it, without running it', () => {
  it.each([
    '[{ x: 3, label: "全省均价" }]',
    '[{ x: { dataset: "shuozhou-heat-capacity-2022", row: "chp_installed_capacity", column: "value" }, label: "热电联产" }]',
    "[{ x: '2022-11-15', label: '正式供热', dy: -12.5, strong: true, note: null }]",
    '[\n  { dataset: "a", row: "b", column: "c", label: "说明：\\"引号\\"" },\n]',
    '90',
    '-0.5',
    '"\\u5927\\u540c\\x41\\n\\t\\\\ \\u{1F600} \\q"',
    "{ 'quoted key': 1, \"double\": [], 2: 'two', trailing: [1, 2,], }",
    '[1, , 3]',
    '[[], {}, [[null]]]',
    '{ a: 1, a: 2 }',
  ])('reads %s', (source) => {
    expect(isLiteral(source)).toBe(true);
    const value: unknown = new Function(`return (${source});`)();
    expect(parseLiteral(source)).toStrictEqual(value);
  });

  it('refuses what isLiteral refuses', () => {
    expect(() => parseLiteral('process.env.HOME')).toThrow('Not a literal');
    expect(() => parseLiteral('[{ x: value }]')).toThrow('Not a literal');
  });
});
