import type { ColumnMeta, Qualifier } from '../schemas/dataset-meta.ts';
import { qualifiers } from '../schemas/dataset-meta.ts';
import { qualifierWord } from '../schemas/qualifier.ts';

/** A typed cell: numbers for numeric columns, strings for the rest, null where an optional cell is empty. */
export type Cell = number | string | null;

/** Why a raw cell was refused: what was expected and how to fix it. */
export interface CellProblem {
  expected: string;
  fix: string;
}

export interface CellContext {
  placeIds: ReadonlySet<string>;
  sourceIds: ReadonlySet<string>;
}

const decimal = /^-?\d+(\.\d+)?$/;
const whole = /^-?\d+$/;

/**
 * Reads one raw CSV cell into the column's type. This is the only place raw cell text is interpreted:
 * everything downstream trusts the types.
 */
export function parseCell(raw: string, column: ColumnMeta, context: CellContext): { value: Cell } | { problem: CellProblem } {
  const text = raw.trim();
  if (text === '') {
    if (column.optional || column.type === 'qualifier') return { value: null };
    return {
      problem: {
        expected: `${typeDescription(column)}（这一列不能留空）`,
        fix: '填入报道中的数值；若报道确实没有这个数，在 .yaml 里给这一列加 optional: true，并在 notes 里说明原因。',
      },
    };
  }
  switch (column.type) {
    case 'number':
    case 'percent':
    case 'integer': {
      const pattern = column.type === 'integer' ? whole : decimal;
      if (!pattern.test(text)) return { problem: numberProblem(text, column) };
      const value = Number(text);
      if (column.type === 'percent' && (value < 0 || value > 100)) {
        return { problem: { expected: '0 到 100 之间的百分数', fix: '按百分数写，如 96.11 表示 96.11%；比例 0.48 要写成 48。' } };
      }
      return { value };
    }
    case 'date':
      return isCalendarDate(text)
        ? { value: text }
        : { problem: { expected: '日期 YYYY-MM-DD（如 2024-11-13）', fix: '按“年-月-日”写，月和日都用两位数；只知道月份时改用文字列或写进 notes。' } };
    case 'qualifier':
      return (qualifiers as readonly string[]).includes(text)
        ? { value: text as Qualifier }
        : { problem: { expected: `空（精确数）或 ${qualifiers.join('、')} 之一`, fix: `照报道的原词选：${qualifiers.map((q) => `${q}=${qualifierWord(q)}`).join('，')}。` } };
    case 'place':
      return context.placeIds.has(text)
        ? { value: text }
        : { problem: { expected: 'content/places.yaml 里的地点 id', fix: '改成已有的地点 id，或先在 content/places.yaml 里添加这个地点。' } };
    case 'source':
      return context.sourceIds.has(text)
        ? { value: text }
        : { problem: { expected: 'content/sources.yaml 里的来源 id', fix: '改成已有的来源 id，或先在 content/sources.yaml 里添加这份报道。' } };
    case 'string':
      if (/[<>]/.test(text)) {
        return { problem: { expected: '纯文字（不含 HTML）', fix: '删掉尖括号和其中的标签，只写文字；需要上标时写“平方米”而不是 m<sup>2</sup>。' } };
      }
      return { value: text };
  }
}

function numberProblem(text: string, column: ColumnMeta): CellProblem {
  const expected = typeDescription(column);
  if (/^-?\d{1,3}([,，]\d{3})+(\.\d+)?$/.test(text)) return { expected, fix: '去掉千位分隔符，如 13505 而不是 13,505。' };
  if (/[万亿]/.test(text)) return { expected, fix: `不写“万”“亿”：按这一列的单位（${column.unit ?? '见 .yaml'}）写数值。` };
  if (/%$/.test(text)) return { expected, fix: '去掉百分号，如 96.11。' };
  if (/^-?\d+(\.\d+)?\s*[^\d\sA-Za-z]+$/.test(text)) return { expected, fix: `只写数字，不写单位；单位（${column.unit ?? '见 .yaml'}）写在 .yaml 的 unit 里。` };
  if (/^[约近多余]|[多余]$|以[内上]$/.test(text)) return { expected, fix: '只写数字；“约”“近”“余”“以内”等写进这一列的 qualifier 列（见 docs/DATASETS.md）。' };
  if (column.type === 'integer' && decimal.test(text)) return { expected, fix: '这一列是整数：去掉小数，或在 .yaml 里把类型改成 number。' };
  return { expected, fix: '只用阿拉伯数字、小数点和负号，如 3962 或 965.13。' };
}

function typeDescription(column: ColumnMeta): string {
  const unit = column.unit ? `，单位${column.unit}` : '';
  switch (column.type) {
    case 'integer':
      return `整数（如 405${unit}）`;
    case 'number':
      return `数字（如 3962 或 965.13${unit}）`;
    case 'percent':
      return '0 到 100 之间的百分数（如 96.11）';
    case 'date':
      return '日期 YYYY-MM-DD';
    case 'qualifier':
      return `限定词 ${qualifiers.join('、')}`;
    case 'place':
      return '地点 id';
    case 'source':
      return '来源 id';
    case 'string':
      return '文字';
  }
}

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
