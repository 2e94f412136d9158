import { invisibleCharacter } from '../errors/editor-error.ts';
import type { ColumnMeta, Qualifier } from '../schemas/dataset-meta.ts';
import { qualifiers } from '../schemas/dataset-meta.ts';
import { qualifierOfWord, qualifierWord } from '../schemas/qualifier.ts';

/** A typed cell: numbers for numeric columns, strings for the rest, null where an optional cell is empty. */
export type Cell = number | string | null;

/** A dataset's row: its cells by column name. */
export type Row = Record<string, Cell>;

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
  const invisible = invisibleCharacter.exec(text);
  if (invisible) return { problem: invisibleProblem(invisible[0]!) };
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
      return isCalendarDate(text) ? { value: text } : { problem: dateProblem(text) };
    case 'qualifier': {
      if ((qualifiers as readonly string[]).includes(text)) return { value: text as Qualifier };
      const code = qualifierOfWord(text);
      return {
        problem: {
          expected: `空（精确数）或 ${qualifiers.join('、')} 之一`,
          fix: code ? `把“${text}”写成 ${code}（限定词用英文代码）。` : `照报道的原词选：${qualifiers.map((q) => `${q}=${qualifierWord(q)}`).join('，')}。`,
        },
      };
    }
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

/** The qualifier codes for the words reports print (docs/DATASETS.md, 限定词). */
/** What spreadsheets and hurried editors put where a number is missing: not a number, and not a blank. */
const placeholder = /^(nan|[+-]?inf(inity)?|n\/?a|null|none|#[a-z]+[/0!?]*[a-z0-9]*[!?]?|[-–—/?？]+|无|空|不详|未知)$/i;

function numberProblem(text: string, column: ColumnMeta): CellProblem {
  const expected = typeDescription(column);
  if (/^-?\d{1,3}([,，]\d{3})+(\.\d+)?$/.test(text)) return { expected, fix: '去掉千位分隔符，如 13505 而不是 13,505。' };
  // Full-width digits, point and minus (from a Chinese input method), or the typographic minus sign.
  const halfWidth = text.normalize('NFKC').replace(/\u2212/g, '-');
  if (halfWidth !== text && (column.type === 'integer' ? whole : decimal).test(halfWidth)) {
    return { expected, fix: `把全角数字和符号改成半角：写成 ${halfWidth}（输入法切换到英文状态再输入）。` };
  }
  if (placeholder.test(text)) {
    return { expected, fix: '报道没有给出这个数就留空（并在 .yaml 里给这一列加 optional: true、在 notes 里说明原因）；“NaN”“#DIV/0!”这类是表格软件的计算错误或占位符：填入报道里的数。' };
  }
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

/** A date written another way (2022/9/28, 2022年9月28日, 2022.9.28, 20220928) is refused with its ISO spelling. */
function dateProblem(text: string): CellProblem {
  const expected = '日期 YYYY-MM-DD（如 2024-11-13）';
  const parts = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.normalize('NFKC')) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (parts) {
    const iso = `${parts[1]}-${parts[2]!.padStart(2, '0')}-${parts[3]!.padStart(2, '0')}`;
    if (isCalendarDate(iso)) return { expected, fix: `写成 ${iso}（年-月-日，用连字符，月和日都用两位数）。` };
    return { expected: `${expected}，且是真实存在的日期`, fix: `没有 ${iso} 这一天：核对报道里的日期。` };
  }
  return { expected, fix: '按“年-月-日”写，月和日都用两位数；只知道月份时改用文字列或写进 notes。' };
}

/** A named invisible character: its code and what it is, so the editor can find it (in a cell, or a YAML value). */
export function invisibleProblem(char: string, holder = '这一格'): CellProblem {
  const code = char.charCodeAt(0);
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const name =
    code === 0x200b ? '零宽空格'
    : code === 0xfeff ? '字节顺序标记'
    : code === 0x00ad ? '软连字符'
    : code >= 0x200c && code <= 0x200d ? '零宽连接符'
    : code === 0x200e || code === 0x200f || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) ? '文字方向控制符'
    : '控制字符';
  return {
    expected: `只含看得见的字符（${holder}里有 ${hex}，${name}）`,
    fix: `删掉这个看不见的字符（多半随网页或 PDF 的文字一起复制进来）：重新输入${holder}，或在编辑器里打开“显示不可见字符”找到它。`,
  };
}

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
