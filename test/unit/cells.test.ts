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
    ['12abc', 'number', '只用阿拉伯数字、小数点和负号，如 3962 或 965.13。'],
    ['13,505', 'integer', '去掉千位分隔符，如 13505 而不是 13,505。'],
    ['1.6万', 'number', '不写“万”“亿”：按这一列的单位（万户）写数值。'],
    ['96%', 'percent', '去掉百分号，如 96.11。'],
    ['3962万平方米', 'number', '不写“万”“亿”：按这一列的单位（万户）写数值。'],
    ['183天', 'integer', '只写数字，不写单位；单位（万户）写在 .yaml 的 unit 里。'],
    ['约6', 'number', '只写数字；“约”“近”“余”“以内”等写进这一列的 qualifier 列（见 docs/DATASETS.md）。'],
    ['4.5', 'integer', '这一列是整数：去掉小数，或在 .yaml 里把类型改成 number。'],
  ] as const)('refuses %s in a %s column with the fix', (raw, type, fix) => {
    const result = parseCell(raw, column(type, { unit: '万户' }), context);
    expect(result).toHaveProperty('problem.fix', fix);
  });

  it.each([
    ['３９６２', 'number', '把全角数字和符号改成半角：写成 3962（输入法切换到英文状态再输入）。'],
    ['９６．１１', 'percent', '把全角数字和符号改成半角：写成 96.11（输入法切换到英文状态再输入）。'],
    ['\u221220', 'integer', '把全角数字和符号改成半角：写成 -20（输入法切换到英文状态再输入）。'],
  ] as const)('refuses full-width %s in a %s column, giving it in plain digits', (raw, type, fix) => {
    expect(parseCell(raw, column(type), context)).toHaveProperty('problem.fix', fix);
  });

  it.each(['NaN', 'Infinity', '-Infinity', '#DIV/0!', '#N/A', '#VALUE!', 'N/A', '-', '—', '无', '不详'])('refuses the placeholder %s, saying to leave the cell empty', (raw) => {
    expect(parseCell(raw, column('number'), context)).toHaveProperty(
      'problem.fix',
      '报道没有给出这个数就留空（并在 .yaml 里给这一列加 optional: true、在 notes 里说明原因）；“NaN”“#DIV/0!”这类是表格软件的计算错误或占位符：填入报道里的数。',
    );
  });

  it('refuses percentages outside 0–100', () => {
    expect(parseCell('120', column('percent'), context)).toHaveProperty('problem.expected', '0 到 100 之间的百分数');
  });

  it('refuses empty cells unless the column is optional', () => {
    expect(parseCell('', column('number'), context)).toHaveProperty('problem');
    expect(parseCell('', column('number', { optional: true }), context)).toEqual({ value: null });
  });

  it('reads real calendar dates only', () => {
    expect(parseCell('2024-11-13', column('date'), context)).toEqual({ value: '2024-11-13' });
    expect(parseCell('2024-02-30', column('date'), context)).toHaveProperty('problem');
    expect(parseCell('2024/11/13', column('date'), context)).toHaveProperty('problem');
  });

  it.each([
    ['2022/9/28', '写成 2022-09-28（年-月-日，用连字符，月和日都用两位数）。'],
    ['2022年9月28日', '写成 2022-09-28（年-月-日，用连字符，月和日都用两位数）。'],
    ['2022.9.28', '写成 2022-09-28（年-月-日，用连字符，月和日都用两位数）。'],
    ['2022-9-8', '写成 2022-09-08（年-月-日，用连字符，月和日都用两位数）。'],
    ['20220928', '写成 2022-09-28（年-月-日，用连字符，月和日都用两位数）。'],
    ['２０２２年９月２８日', '写成 2022-09-28（年-月-日，用连字符，月和日都用两位数）。'],
    ['2022年2月30日', '没有 2022-02-30 这一天：核对报道里的日期。'],
    ['9/28/2022', '按“年-月-日”写，月和日都用两位数；只知道月份时改用文字列或写进 notes。'],
  ])('refuses the date %s with the fix', (raw, fix) => {
    expect(parseCell(raw, column('date'), context)).toHaveProperty('problem.fix', fix);
  });

  it.each([
    ['朔州\u200b', 'string', 'U+200B，零宽空格'],
    ['39\ufeff62', 'number', 'U+FEFF，字节顺序标记'],
    ['city\u202etxt', 'string', 'U+202E，文字方向控制符'],
    ['a\u0007b', 'string', 'U+0007，控制字符'],
  ] as const)('refuses invisible characters in %j, naming them', (raw, type, named) => {
    expect(parseCell(raw, column(type), context)).toHaveProperty('problem.expected', `只含看得见的字符（这一格里有 ${named}）`);
  });

  it('keeps line breaks inside a text cell: a quoted cell may span lines', () => {
    expect(parseCell('两行\n说明', column('string'), context)).toEqual({ value: '两行\n说明' });
  });

  it('refuses HTML in text', () => {
    expect(parseCell('m<sup>2</sup>', column('string'), context)).toHaveProperty('problem.expected', '纯文字（不含 HTML）');
  });

  it('checks qualifiers, places and sources against their lists', () => {
    expect(parseCell('over', column('qualifier'), context)).toEqual({ value: 'over' });
    expect(parseCell('plenty', column('qualifier'), context)).toHaveProperty('problem');
    // One code per word the reports print: 多 is `more`, 余 is `over`, 以下 is `below`, 以内 is `max`.
    for (const code of ['more', 'around', 'atleast', 'below']) expect(parseCell(code, column('qualifier'), context)).toEqual({ value: code });
    expect(parseCell('近', column('qualifier'), context)).toHaveProperty('problem.fix', '把“近”写成 nearly（限定词用英文代码）。');
    expect(parseCell('余', column('qualifier'), context)).toHaveProperty('problem.fix', '把“余”写成 over（限定词用英文代码）。');
    expect(parseCell('多', column('qualifier'), context)).toHaveProperty('problem.fix', '把“多”写成 more（限定词用英文代码）。');
    expect(parseCell('baotou', column('place'), context)).toEqual({ value: 'baotou' });
    expect(parseCell('hohhot', column('place'), context)).toHaveProperty('problem');
    expect(parseCell('nope', column('source'), context)).toHaveProperty('problem');
  });
});

describe('editor messages show invisible characters', () => {
  it('writes a zero-width space or a direction override as its code, so the editor can find it', () => {
    expect(formatEditorError({ file: 'content/data/x.csv', line: 2, column: 1, found: '朔州\u200b\u202e', expected: '文字', fix: '删掉。' })).toBe(
      'content/data/x.csv:2:1 找到“朔州\\u200b\\u202e”，应为文字。修改：删掉。',
    );
  });
});
