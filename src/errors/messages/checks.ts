import { checkWhere, fieldWhere } from '../where.ts';
import { list, type Area, type Entry, type Examples } from './entry.ts';

/**
 * What a ref or a component's prop needs of a column: its kind by name (数值列), in full (数值列（number、integer
 * 或 percent）), and the columns of that kind as a dataset's list names them (数据集“prices”中的数值列).
 */
export const columnKinds = {
  numeric: { name: '数值', long: '数值列（number、integer 或 percent）', among: '中的数值列' },
  date: { name: '日期', long: '日期列（date，YYYY-MM-DD）', among: '中的日期列' },
  label: { name: '文字', long: '文字、地点、来源或日期列', among: '中的文字列' },
  time: { name: '日期或年份', long: '日期列（date）或年份列（integer）', among: '中的日期或年份列' },
  shown: { name: '可显示的', long: '表格里可以显示的列', among: '中可以显示在表格里的列（限定词列随它限定的数值列显示）' },
} as const;
export type ColumnKind = keyof typeof columnKinds;
const kinds = columnKinds;

/** A column as a message offers it: its name, with its label when the reader of the message needs it. */
export type ColumnChoice = string | { name: string; label: string };
export const columnList = (columns: readonly ColumnChoice[]): string =>
  list(columns.map((c) => (typeof c === 'string' ? c : `${c.name}（${c.label}）`)));

const precision = '（按报道数字的精度和限定词）';

export const checkMessages = {
  /** 单元格引用没写 dataset，文件顶层也没有 from。 */
  'ref-dataset-missing': (_: { found: string }) => ({ expected: '写明 dataset 的单元格引用', fix: '加上 dataset: <数据集 id>，或在文件顶层写 from: <数据集 id>。' }),
  /** 引用的行不在数据集的第一列里（图表配对的行键不在行键列里）。 */
  'row-unknown': (d: { found: string; dataset: string; key: string; rows: string[]; paired?: boolean }) =>
    d.paired
      ? {
          expected: `数据集“${d.dataset}”的“${d.key}”列中的值：${list(d.rows)}`,
          fix: '写了 value 时，这个属性写行键（行键列的值），多个用顿号分隔；不写 value 时写列名。',
        }
      : { expected: `数据集“${d.dataset}”第一列（${d.key}）中的某个值：${list(d.rows)}`, fix: '改成上面列出的行键之一。' },
  /** 引用的行键在数据集的第一列里出现了不止一次。 */
  'row-ambiguous': (d: { found: string; dataset: string; key: string; count: number; file: string }) => ({
    expected: `数据集“${d.dataset}”第一列（${d.key}）中只出现一次的值（有 ${d.count} 行都是“${d.found}”）`,
    fix: `被引用的行要能由第一列唯一确定：在 ${d.file} 里把能区分各行的列（如 measure）放在第一列，或加一列合成的 key。`,
  }),
  /** 引用的列（或图表属性写的列）不在数据集里。 */
  'column-unknown': (d: { found?: string | undefined; dataset: string; columns: readonly ColumnChoice[]; wanted?: ColumnKind; meta?: string; several?: boolean }) => ({
    expected: d.wanted
      ? `数据集“${d.dataset}”${kinds[d.wanted].among}：${columnList(d.columns) || '（这个数据集没有这类列）'}`
      : `数据集“${d.dataset}”的列名之一：${columnList(d.columns)}`,
    fix: `改成上面列出的列名之一${d.meta ? `（列的定义见 ${d.meta}）` : ''}${d.several ? '，多个列名用顿号分隔' : ''}。`,
  }),
  /** 引用的列类型不对（要数值列却是文字列）。 */
  'column-wrong-type': (d: { found: string; type: string; wanted: ColumnKind; alternatives?: readonly ColumnChoice[] | undefined }) => ({
    expected: `${kinds[d.wanted].long}，而“${d.found}”是 ${d.type} 列`,
    fix:
      d.alternatives === undefined ? `引用这一行的${kinds[d.wanted].name}列。`
      : d.alternatives.length > 0 ? `换成 ${columnList(d.alternatives)} 之一。`
      : `这个数据集没有${kinds[d.wanted].name}列：换一个数据集。`,
  }),
  /** 引用的单元格是空的（正文里的 <Num> 引用了报道没给出的数）。 */
  'ref-cell-empty': (d: { found: string; wanted: 'numeric' | 'date'; row?: string }) =>
    d.row !== undefined
      ? { expected: '有数值的单元格', fix: `行“${d.row}”的“${d.found}”是空的（报道未给出），正文不能引用它：换一个数字，或改写句子。` }
      : d.wanted === 'numeric'
        ? { expected: '有数值的单元格（这一格是空的）', fix: '引用有数值的单元格，或先在 CSV 里填上报道给出的数。' }
        : { expected: '有日期的单元格（这一格是空的）', fix: '引用有日期的单元格。' },
  /** 核对不成立：数字对不上。 */
  'check-fails': (d: { found: string; relation: 'equals' | 'at-most' }) => ({
    foundInFull: true,
    expected: d.relation === 'at-most' ? `前者不大于后者${precision}` : `两者相符${precision}`,
    fix: '先核对这些数字是否照报道抄录；若报道本身前后矛盾，保留原数，给这条核对加上 id 和 known: <矛盾之处>（见 docs/DATASETS.md 的“核对”）。',
  }),
  /** 标了 known 的核对已经成立了。 */
  'check-known-resolved': (_: { found: string }) => ({
    foundInFull: true,
    expected: '仍然对不上（这条核对标了 known，即报道在这里自相矛盾）',
    fix: '数字改过以后已经相符：确认改动照报道抄录，然后删掉 known 这一行，并改写引用这处矛盾的报道。',
  }),
  /** 核对引用的数字不能相互比较（单位或限定词）。 */
  'check-not-comparable': (d: { reason: string }) => ({ expected: `可以相互比较的数字（${d.reason}）`, fix: '检查这条核对引用的单元格和它们的单位、限定词。' }),
  /** 计算数据集引用的数字算不出结果（单位或限定词）。 */
  'derived-not-computable': (d: { reason: string }) => ({
    expected: `可以计算的数字（${d.reason}）`,
    fix: '检查引用的单元格、它们的单位和限定词；公式的写法见 docs/DATASETS.md 的“计算数据集”。',
  }),
  /** 计算数据集的两行用了同一个 key。 */
  'derived-duplicate-key': (_: { found: string }) => ({ expected: '不重复的行键', fix: '给这一行换一个 key。' }),
  /** 计算出的百分数大于 100（部分大于整体）。 */
  'derived-percent-out-of-range': (d: { value: number }) => ({
    found: `${d.value}%`,
    expected: '0 到 100 之间的百分数',
    fix: '部分大于整体：检查 part 与 whole 是否写反，或引用的数字是否照报道抄录。',
  }),
  /** 几个计算数据集互相引用。 */
  'derived-cycle': (d: { datasets: string[] }) => ({
    where: '计算数据集',
    found: list(d.datasets),
    expected: '不互相依赖的计算数据集',
    fix: '这几个计算数据集互相引用，无法先算出任何一个：去掉其中一个对另一个的引用。',
  }),
} satisfies Record<string, Entry>;

const meta = 'content/data/prices.yaml';
const field = (line: number, path: PropertyKey[], file = meta) => ({ file, line, where: fieldWhere(path) });
const check = (line: number, label: string, type: string) => ({ file: meta, line, where: checkWhere({ label, type }, 0) });

export const checkExamples: Examples<typeof checkMessages> = {
  'ref-dataset-missing': { at: field(9, ['rows', 0, 'part', 'dataset'], 'content/data/shares.yaml'), details: { found: 'done / value' } },
  'row-unknown': { at: field(12, ['rows', 0, 'numerator', 'row'], 'content/data/price-ratio.yaml'), details: { found: '忻州', dataset: 'prices', key: 'city', rows: ['大同', '朔州'] } },
  'row-ambiguous': { at: field(24, ['checks', 0, 'value', 'row']), details: { found: '朔州', dataset: 'prices', key: 'city', count: 2, file: 'content/data/prices.csv' } },
  'column-unknown': { at: field(25, ['checks', 0, 'value', 'column']), details: { found: 'residental', dataset: 'prices', columns: ['city', 'residential', 'months'] } },
  'column-wrong-type': { at: field(25, ['checks', 0, 'value', 'column']), details: { found: 'city', type: 'string', wanted: 'numeric' } },
  'ref-cell-empty': { at: field(25, ['checks', 0, 'value', 'column']), details: { found: '大同 / months', wanted: 'numeric' } },
  'check-fails': {
    at: check(22, '大同的居民价格不超过朔州', 'at-most'),
    details: { found: '大同 / residential 为 3.52元/平方米·月，朔州 / residential 为 2.52元/平方米·月', relation: 'at-most' },
  },
  'check-known-resolved': {
    at: check(27, '朔州的居民价格不超过大同', 'at-most'),
    details: { found: '朔州 / residential 为 2.52元/平方米·月，大同 / residential 为 3.52元/平方米·月' },
  },
  'check-not-comparable': { at: check(22, '城区与县城的供热面积之和等于合计', 'sum'), details: { reason: '单位不同：万平方米与户' } },
  'derived-not-computable': { at: field(8, ['prices'], 'content/data/cost.yaml'), details: { reason: '价格表“costs”缺少 residential 列：价格表要有 residential 与 season_months 两列，格式见 docs/DATASETS.md' } },
  'derived-duplicate-key': { at: field(10, ['rows', 1, 'key'], 'content/data/shares.yaml'), details: { found: 'phase2' } },
  'derived-percent-out-of-range': { at: field(10, ['rows', 0], 'content/data/shares.yaml'), details: { value: 245 } },
  'derived-cycle': { at: { file: 'content/data/a.yaml', line: 1 }, details: { datasets: ['a', 'b'] } },
};

export const checkArea: Area<typeof checkMessages> = { title: '单元格引用、核对与计算数据集', module: 'checks.ts', messages: checkMessages, examples: checkExamples };
