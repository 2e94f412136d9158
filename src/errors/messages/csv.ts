import { qualifiers, qualifierWord } from '../../schemas/qualifier.ts';
import { cellWhere, headerWhere } from '../where.ts';
import { list, type Area, type Entry, type Examples, type NoDetails } from './entry.ts';

/** A column's type, as a dataset's metadata names it. */
type ColumnType = 'string' | 'integer' | 'number' | 'percent' | 'date' | 'qualifier' | 'place' | 'source';

/** A cell of a numeric column, as the editor wrote it. */
interface NumberCell {
  found: string;
  type: 'number' | 'integer' | 'percent';
  unit?: string | undefined;
}

function typeDescription(type: ColumnType, unit?: string): string {
  const inUnit = unit ? `，单位${unit}` : '';
  switch (type) {
    case 'integer':
      return `整数（如 405${inUnit}）`;
    case 'number':
      return `数字（如 3962 或 965.13${inUnit}）`;
    case 'percent':
      return '0 到 100 之间的百分数（如 96.11）';
    case 'date':
      return '日期 YYYY-MM-DD';
    case 'qualifier':
      return `限定词 ${list(qualifiers)}`;
    case 'place':
      return '地点 id';
    case 'source':
      return '来源 id';
    case 'string':
      return '文字';
  }
}

const number = (d: NumberCell, fix: string) => ({ expected: typeDescription(d.type, d.unit), fix });
const date = '日期 YYYY-MM-DD（如 2024-11-13）';
const qualifierChoice = `空（精确数）或 ${list(qualifiers)} 之一`;

export const csvMessages = {
  /** CSV 文件是空的。 */
  'csv-empty': (_: NoDetails) => ({ found: '', expected: '第一行是表头（列名），下面每行一条数据', fix: '补上表头和数据行；若这个数据集不要了，把 .csv 和同名 .yaml 一起删掉。' }),
  /** CSV 只有表头，没有数据行。 */
  'csv-no-rows': (_: NoDetails) => ({ found: '', expected: '表头下面至少一行数据', fix: '在表头下面写入数据行。' }),
  /** CSV 的数据行之间有空行。 */
  'csv-blank-line': (_: NoDetails) => ({ found: '', expected: '一行数据（空行会被当成一条空记录）', fix: '删除这个空行。' }),
  /** 一格以英文双引号开头，却没有关上。 */
  'csv-unclosed-quote': (d: { found: string; column: number }) => ({
    where: `第${d.column}列`,
    expected: '成对的英文双引号（这里的引号没有关上，它后面的各行都会被读进这一格）',
    fix: '在这一格的末尾补上英文双引号 "，或删掉开头的那个；单元格里的双引号本身要写两遍（""）。',
  }),
  /** 一行的单元格比表头多（多半是没加引号的逗号）。 */
  'csv-row-too-many-cells': (d: { cells: number; columns: string[] }) => ({
    where: '这一行',
    found: `${d.cells} 个单元格`,
    expected: `${d.columns.length} 个单元格（${d.columns.join(',')}）`,
    fix: '文字里有逗号时，用英文双引号把整个单元格括起来；否则删掉多余的逗号。',
  }),
  /** 一行的单元格比表头少。 */
  'csv-row-too-few-cells': (d: { cells: number; columns: string[] }) => ({
    where: '这一行',
    found: `${d.cells} 个单元格`,
    expected: `${d.columns.length} 个单元格（${d.columns.join(',')}）`,
    fix: '补上缺少的单元格；没有数值的单元格也要留出逗号。',
  }),
  /** 表头的列名不是小写英文字母、数字和下划线（npm run new-dataset 按它写 columns 的 name）。 */
  'csv-header-invalid': (d: { found: string }) => ({
    expected: '小写英文字母、数字和下划线组成、以字母开头的列名，如 heating_area',
    fix: d.found.trim() === '' ? '给这一列写上列名，或删掉这个空列。' : `把“${d.found}”改成这样的英文列名；给读者看的中文名（如“${/[^\x00-\x7f]/.test(d.found) ? d.found : '供热面积'}”）写在 .yaml 这一列的 label 里。`,
  }),
  /** 表头里同一个列名出现了两次。 */
  'csv-duplicate-header': (_: { found: string }) => ({ expected: '不重复的列名', fix: '删掉重复的列。' }),
  /** 表头里的列名在 .yaml 的 columns 里没有定义。 */
  'csv-unknown-header': (d: { found: string; meta: string; columns: string[] }) => ({
    expected: `${d.meta} 里定义的列名之一：${list(d.columns)}`,
    fix: `改正列名，或在 ${d.meta} 的 columns 里为它加一条定义。`,
  }),
  /** 表头的列序与 .yaml 的 columns 不一致。 */
  'csv-header-out-of-order': (d: { found: string; wanted: string; meta: string; columns: string[] }) => ({
    expected: `${d.wanted}（表头的列序与 ${d.meta} 的 columns 一致：${d.columns.join(',')}）`,
    fix: `按 ${d.meta} 的顺序排列各列，或调整 columns 的顺序；第一列是每行的键，<Num row="…"> 用它找行。`,
  }),
  /** .yaml 里定义的列，CSV 的表头里没有。 */
  'csv-missing-column': (d: { header: string[]; column: string; label: string; meta: string }) => ({
    where: '表头',
    found: d.header.join(','),
    expected: `含有列“${d.column}”（${d.label}），它在 ${d.meta} 里有定义`,
    fix: `在表头加上 ${d.column} 并为每行填值，或从 ${d.meta} 里删掉这一列的定义。`,
  }),
  /** 不能留空的一格是空的。 */
  'cell-empty': (d: { found: string; type: ColumnType; unit?: string | undefined }) => ({
    expected: `${typeDescription(d.type, d.unit)}（这一列不能留空）`,
    fix: '填入报道中的数值；若报道确实没有这个数，在 .yaml 里给这一列加 optional: true，并在 notes 里说明原因。',
  }),
  /** 数值列里写的不是数字。 */
  'cell-not-a-number': (d: NumberCell) => number(d, '只用阿拉伯数字、小数点和负号，如 3962 或 965.13。'),
  /** 数字里有千位分隔符（13,505）。 */
  'cell-thousands-separator': (d: NumberCell) => number(d, '去掉千位分隔符，如 13505 而不是 13,505。'),
  /** 数字是全角的（２．５２）。 */
  'cell-full-width-digits': (d: NumberCell & { halfWidth: string }) => number(d, `把全角数字和符号改成半角：写成 ${d.halfWidth}（输入法切换到英文状态再输入）。`),
  /** 数值格里是占位符（NaN、#DIV/0!、N/A、无）。 */
  'cell-placeholder': (d: NumberCell) =>
    number(d, '报道没有给出这个数就留空（并在 .yaml 里给这一列加 optional: true、在 notes 里说明原因）；“NaN”“#DIV/0!”这类是表格软件的计算错误或占位符：填入报道里的数。'),
  /** 数字里写了“万”或“亿”。 */
  'cell-magnitude-word': (d: NumberCell) => number(d, `不写“万”“亿”：按这一列的单位（${d.unit ?? '见 .yaml'}）写数值。`),
  /** 数字后面写了百分号。 */
  'cell-percent-sign': (d: NumberCell) => number(d, '去掉百分号，如 96.11。'),
  /** 数字后面写了单位（5.5个月）。 */
  'cell-with-unit': (d: NumberCell) => number(d, `只写数字，不写单位；单位（${d.unit ?? '见 .yaml'}）写在 .yaml 的 unit 里。`),
  /** 数字前后写了“约”“近”“余”等限定词。 */
  'cell-qualifier-in-number': (d: NumberCell) => number(d, '只写数字；“约”“近”“余”“以内”等写进这一列的 qualifier 列（见 docs/DATASETS.md）。'),
  /** 整数列里写了小数。 */
  'cell-decimal-in-integer': (d: NumberCell) => number(d, '这一列是整数：去掉小数，或在 .yaml 里把类型改成 number。'),
  /** 百分数不在 0 到 100 之间。 */
  'cell-percent-out-of-range': (_: { found: string }) => ({ expected: '0 到 100 之间的百分数', fix: '按百分数写，如 96.11 表示 96.11%；比例 0.48 要写成 48。' }),
  /** 日期换了写法（2022/9/28、2022年9月28日）。 */
  'cell-date-format': (d: { found: string; iso: string }) => ({ expected: date, fix: `写成 ${d.iso}（年-月-日，用连字符，月和日都用两位数）。` }),
  /** 日期不存在（2月30日）。 */
  'cell-date-nonexistent': (d: { found: string; iso: string }) => ({ expected: `${date}，且是真实存在的日期`, fix: `没有 ${d.iso} 这一天：核对报道里的日期。` }),
  /** 日期列里写的不是日期。 */
  'cell-not-a-date': (_: { found: string }) => ({ expected: date, fix: '按“年-月-日”写，月和日都用两位数；只知道月份时改用文字列或写进 notes。' }),
  /** 限定词列里写了中文的限定词（近、余）。 */
  'cell-qualifier-chinese': (d: { found: string; code: string }) => ({ expected: qualifierChoice, fix: `把“${d.found}”写成 ${d.code}（限定词用英文代码）。` }),
  /** 限定词列里写的不是已知的限定词。 */
  'cell-qualifier-unknown': (_: { found: string }) => ({ expected: qualifierChoice, fix: `照报道的原词选：${qualifiers.map((q) => `${q}=${qualifierWord(q)}`).join('，')}。` }),
  /** 文字格里有 HTML 标签。 */
  'cell-html': (_: { found: string }) => ({ expected: '纯文字（不含 HTML）', fix: '删掉尖括号和其中的标签，只写文字；需要上标时写“平方米”而不是 m<sup>2</sup>。' }),
} satisfies Record<string, Entry>;

const csv = 'content/data/prices.csv';
const cell = (line: number, index: number, column: string, unit?: string) => ({ file: csv, line, column: index, where: cellWhere({ name: column, unit }, index) });
const price = (found: string) => ({ found, type: 'number' as const, unit: '元/平方米·月' });

export const csvExamples: Examples<typeof csvMessages> = {
  'csv-empty': { at: { file: csv, line: 1 }, details: {} },
  'csv-no-rows': { at: { file: csv, line: 2 }, details: {} },
  'csv-blank-line': { at: { file: csv, line: 3 }, details: {} },
  'csv-unclosed-quote': { at: { file: csv, line: 2, column: 1 }, details: { found: '"大同,3.52,5.5', column: 1 } },
  'csv-row-too-many-cells': { at: { file: csv, line: 3 }, details: { cells: 4, columns: ['city', 'residential', 'months'] } },
  'csv-row-too-few-cells': { at: { file: csv, line: 3 }, details: { cells: 2, columns: ['city', 'residential', 'months'] } },
  'csv-header-invalid': { at: { file: 'scale.csv', line: 1, column: 3, where: headerWhere(3) }, details: { found: '供热面积' } },
  'csv-duplicate-header': { at: { file: csv, line: 1, column: 3, where: headerWhere(3) }, details: { found: 'residential' } },
  'csv-unknown-header': { at: { file: csv, line: 1, column: 4, where: headerWhere(4) }, details: { found: 'non_residential', meta: 'content/data/prices.yaml', columns: ['city', 'residential', 'months'] } },
  'csv-header-out-of-order': {
    at: { file: csv, line: 1, column: 1, where: headerWhere(1) },
    details: { found: 'residential', wanted: 'city', meta: 'content/data/prices.yaml', columns: ['city', 'residential', 'months'] },
  },
  'csv-missing-column': { at: { file: csv, line: 1 }, details: { header: ['city', 'residential'], column: 'months', label: '供热期', meta: 'content/data/prices.yaml' } },
  'cell-empty': { at: cell(3, 2, 'residential', '元/平方米·月'), details: price('') },
  'cell-not-a-number': { at: cell(2, 2, 'residential', '元/平方米·月'), details: price('12abc') },
  'cell-thousands-separator': { at: cell(3, 3, 'households', '户'), details: { found: '13,505', type: 'integer', unit: '户' } },
  'cell-full-width-digits': { at: cell(3, 2, 'residential', '元/平方米·月'), details: { ...price('２．５２'), halfWidth: '2.52' } },
  'cell-placeholder': { at: cell(3, 2, 'residential', '元/平方米·月'), details: price('NaN') },
  'cell-magnitude-word': { at: cell(2, 3, 'heating_area', '万平方米'), details: { found: '3962万', type: 'number', unit: '万平方米' } },
  'cell-percent-sign': { at: cell(3, 2, 'rate'), details: { found: '96%', type: 'percent' } },
  'cell-with-unit': { at: cell(2, 3, 'months', '个月'), details: { found: '5.5个月', type: 'number', unit: '个月' } },
  'cell-qualifier-in-number': { at: cell(2, 3, 'months', '个月'), details: { found: '近6', type: 'number', unit: '个月' } },
  'cell-decimal-in-integer': { at: cell(3, 3, 'households', '户'), details: { found: '4.5', type: 'integer', unit: '户' } },
  'cell-percent-out-of-range': { at: cell(3, 2, 'rate'), details: { found: '120' } },
  'cell-date-format': { at: cell(3, 2, 'start'), details: { found: '2022/9/28', iso: '2022-09-28' } },
  'cell-date-nonexistent': { at: cell(3, 2, 'start'), details: { found: '2022年2月30日', iso: '2022-02-30' } },
  'cell-not-a-date': { at: cell(3, 2, 'start'), details: { found: '9/28/2022' } },
  'cell-qualifier-chinese': { at: cell(3, 4, 'months_qualifier'), details: { found: '近', code: 'nearly' } },
  'cell-qualifier-unknown': { at: cell(3, 4, 'months_qualifier'), details: { found: 'plenty' } },
  'cell-html': { at: cell(3, 1, 'city'), details: { found: '<b>朔州</b>' } },
};

export const csvArea: Area<typeof csvMessages> = { title: 'CSV 表格与单元格', module: 'csv.ts', messages: csvMessages, examples: csvExamples };
