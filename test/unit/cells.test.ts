import { describe, expect, it } from 'vitest';
import { parseCell } from '../../src/data/cells.ts';
import { formatEditorError } from '../../src/errors/editor-error.ts';
import type { ColumnMeta } from '../../src/schemas/dataset-meta.ts';

const context = { placeIds: new Set(['baotou']), sourceIds: new Set(['baotou-season-end-2026']) };
const column = (type: ColumnMeta['type'], extra: Partial<ColumnMeta> = {}): ColumnMeta => ({ name: 'c', type, label: '列', optional: false, ...extra });

describe('parseCell', () => {
  it('reads numbers, integers and percents as numbers', () => {
    expect(parseCell('965.13', column('number'), context)).toEqual({ value: 965.13 });
    expect(parseCell('-20', column('integer'), context)).toEqual({ value: -20 });
    expect(parseCell(' 96.11 ', column('percent'), context)).toEqual({ value: 96.11 });
  });

  it.each([
    ['12abc', 'number', 'cell-not-a-number'],
    ['13,505', 'integer', 'cell-thousands-separator'],
    ['1.6万', 'number', 'cell-magnitude-word'],
    ['96%', 'percent', 'cell-percent-sign'],
    ['3962万平方米', 'number', 'cell-magnitude-word'],
    ['183天', 'integer', 'cell-with-unit'],
    ['约6', 'number', 'cell-qualifier-in-number'],
    ['4.5', 'integer', 'cell-decimal-in-integer'],
  ] as const)('refuses %s in a %s column as %s', (raw, type, code) => {
    expect(parseCell(raw, column(type, { unit: '万户' }), context)).toEqual({ problem: { code, details: { found: raw, type, unit: '万户' } } });
  });

  it.each([
    ['３９６２', 'number', '3962'],
    ['９６．１１', 'percent', '96.11'],
    ['\u221220', 'integer', '-20'],
  ] as const)('refuses full-width %s in a %s column, giving it in plain digits', (raw, type, halfWidth) => {
    expect(parseCell(raw, column(type), context)).toEqual({ problem: { code: 'cell-full-width-digits', details: { found: raw, type, halfWidth } } });
  });

  it.each(['NaN', 'Infinity', '-Infinity', '#DIV/0!', '#N/A', '#VALUE!', 'N/A', '-', '—', '无', '不详'])('refuses the placeholder %s, saying to leave the cell empty', (raw) => {
    expect(parseCell(raw, column('number'), context)).toEqual({ problem: { code: 'cell-placeholder', details: { found: raw, type: 'number' } } });
  });

  it('refuses percentages outside 0–100', () => {
    expect(parseCell('120', column('percent'), context)).toEqual({ problem: { code: 'cell-percent-out-of-range', details: { found: '120' } } });
  });

  it('refuses empty cells unless the column is optional', () => {
    expect(parseCell('', column('number'), context)).toEqual({ problem: { code: 'cell-empty', details: { found: '', type: 'number' } } });
    expect(parseCell('', column('number', { optional: true }), context)).toEqual({ value: null });
  });

  it('reads real calendar dates only', () => {
    expect(parseCell('2024-11-13', column('date'), context)).toEqual({ value: '2024-11-13' });
    expect(parseCell('2024-02-30', column('date'), context)).toHaveProperty('problem.code', 'cell-date-nonexistent');
    expect(parseCell('2024/11/13', column('date'), context)).toHaveProperty('problem.code', 'cell-date-format');
  });

  it.each([
    ['2022/9/28', 'cell-date-format', '2022-09-28'],
    ['2022年9月28日', 'cell-date-format', '2022-09-28'],
    ['2022.9.28', 'cell-date-format', '2022-09-28'],
    ['2022-9-8', 'cell-date-format', '2022-09-08'],
    ['20220928', 'cell-date-format', '2022-09-28'],
    ['２０２２年９月２８日', 'cell-date-format', '2022-09-28'],
    ['2022年2月30日', 'cell-date-nonexistent', '2022-02-30'],
  ])('refuses the date %s as %s, giving it as %s', (raw, code, iso) => {
    expect(parseCell(raw, column('date'), context)).toEqual({ problem: { code, details: { found: raw, iso } } });
  });

  it('refuses a date it cannot read as a date at all', () => {
    expect(parseCell('9/28/2022', column('date'), context)).toEqual({ problem: { code: 'cell-not-a-date', details: { found: '9/28/2022' } } });
  });

  it.each([
    ['朔州\u200b', 'string', '\u200b'],
    ['39\ufeff62', 'number', '\ufeff'],
    ['city\u202etxt', 'string', '\u202e'],
    ['a\u0007b', 'string', '\u0007'],
  ] as const)('refuses invisible characters in %j, naming them', (raw, type, char) => {
    expect(parseCell(raw, column(type), context)).toEqual({ problem: { code: 'invisible-character', details: { found: raw, char, in: 'cell' } } });
  });

  it('keeps line breaks inside a text cell: a quoted cell may span lines', () => {
    expect(parseCell('两行\n说明', column('string'), context)).toEqual({ value: '两行\n说明' });
  });

  it('refuses HTML in text', () => {
    expect(parseCell('m<sup>2</sup>', column('string'), context)).toEqual({ problem: { code: 'cell-html', details: { found: 'm<sup>2</sup>' } } });
  });

  it('checks qualifiers, places and sources against their lists', () => {
    expect(parseCell('over', column('qualifier'), context)).toEqual({ value: 'over' });
    expect(parseCell('plenty', column('qualifier'), context)).toEqual({ problem: { code: 'cell-qualifier-unknown', details: { found: 'plenty' } } });
    // One code per word the reports print: 多 is `more`, 余 is `over`, 以下 is `below`, 以内 is `max`.
    for (const code of ['more', 'around', 'atleast', 'below']) expect(parseCell(code, column('qualifier'), context)).toEqual({ value: code });
    expect(parseCell('近', column('qualifier'), context)).toEqual({ problem: { code: 'cell-qualifier-chinese', details: { found: '近', code: 'nearly' } } });
    expect(parseCell('余', column('qualifier'), context)).toEqual({ problem: { code: 'cell-qualifier-chinese', details: { found: '余', code: 'over' } } });
    expect(parseCell('多', column('qualifier'), context)).toEqual({ problem: { code: 'cell-qualifier-chinese', details: { found: '多', code: 'more' } } });
    expect(parseCell('baotou', column('place'), context)).toEqual({ value: 'baotou' });
    expect(parseCell('hohhot', column('place'), context)).toEqual({ problem: { code: 'place-unknown', details: { found: 'hohhot', known: ['baotou'] } } });
    expect(parseCell('nope', column('source'), context)).toEqual({ problem: { code: 'source-unknown', details: { found: 'nope', known: ['baotou-season-end-2026'] } } });
  });
});

describe('editor messages show invisible characters', () => {
  it('writes a zero-width space or a direction override as its code, so the editor can find it', () => {
    expect(formatEditorError({ file: 'content/data/x.csv', line: 2, column: 1, found: '朔州\u200b\u202e', expected: '文字', fix: '删掉。' })).toBe(
      'content/data/x.csv:2:1 找到“朔州\\u200b\\u202e”，应为文字。修改：删掉。',
    );
  });
});
