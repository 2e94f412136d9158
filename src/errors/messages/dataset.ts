import { fieldWhere, provenanceWhere } from '../where.ts';
import { list, type Area, type Entry, type Examples } from './entry.ts';

const meta = 'content/data/prices.yaml';
const column = (line: number, index: number, key: string) => ({ file: meta, line, where: fieldWhere(['columns', index, key]) });
const entry = (line: number, index: number, key: string) => ({ file: meta, line, where: provenanceWhere(index, key) });

export const datasetMessages = {
  /** .yaml 的 columns 里同一个列名定义了两次。 */
  'column-duplicate': (_: { found: string }) => ({ expected: '每列只出现一次', fix: '删掉重复的列定义。' }),
  /** 不是数值的列写了 unit、unitColumn 或 qualifier。 */
  'column-unit-not-numeric': (_: { found: string }) => ({
    expected: '数值类型（number、integer 或 percent）才能有 unit、unitColumn、qualifier',
    fix: '删掉这一列的 unit/unitColumn/qualifier，或改类型。',
  }),
  /** 一列同时写了 unit 和 unitColumn。 */
  'column-unit-and-unit-column': (_: { found: string }) => ({ expected: 'unit 与 unitColumn 二选一', fix: '整列同一单位时只写 unit；各行单位不同时只写 unitColumn。' }),
  /** unitColumn 指向的不是本表的文字列。 */
  'column-unit-column-not-text': (_: { found: string }) => ({ expected: '本表中一个 string 类型的列名', fix: '先定义存放单位的文字列，再在这里写它的名字。' }),
  /** qualifier 指向的不是本表的限定词列。 */
  'column-qualifier-not-qualifier': (_: { found: string }) => ({ expected: '本表中一个 qualifier 类型的列名', fix: '先定义 type: qualifier 的列，再在这里写它的名字。' }),
  /** mainColumn 写的不是本表的数值列。 */
  'main-column-invalid': (d: { found: string; columns: readonly string[] }) => ({
    expected: d.columns.length > 0 ? `本表的数值列之一：${list(d.columns)}` : '本表的一个数值列（这张表没有数值列）',
    fix: d.columns.length > 0 ? '改成上面的列名之一：报道里 <Num d="别名.行键" /> 不写列名时取这一列。' : '删掉 mainColumn 这一行。',
  }),
  /** 出处写的列不是数值列或日期列。 */
  'provenance-column-not-figure': (d: { found: string; columns: string[] }) => ({ expected: `数值或日期列之一：${list(d.columns)}`, fix: '改成这个数字所在的列名。' }),
  /** 出处指向的单元格是空的。 */
  'provenance-cell-empty': (d: { found: string; row: string }) => ({ expected: '有数值的单元格', fix: `行“${d.row}”的这一列是空的：删掉这一条，或改成有数的列。` }),
  /** 同一个数字写了两条出处。 */
  'provenance-duplicate': (d: { row: string; column: string }) => ({ found: `${d.row} / ${d.column}`, expected: '每个数字只有一条出处', fix: '删掉重复的一条。' }),
  /** 数据集有几篇来源，出处没写 source。 */
  'provenance-source-missing': (d: { found: string; sources: string[] }) => ({ expected: `写明 source（数据集有多篇来源：${list(d.sources)}）`, fix: '加上 source: <这个数字所在报道的 id>。' }),
  /** 出处的 source 不在数据集的 sources 里。 */
  'provenance-source-not-listed': (d: { found: string; sources: string[] }) => ({
    expected: `数据集 sources 里的报道之一：${list(d.sources)}`,
    fix: '改成这个数字所在报道的 id，并确认它列在数据集的 sources 里。',
  }),
  /** 出处的原话与单元格的数字、限定词或日期不符。 */
  'provenance-quote-mismatch': (d: { found: string; row: string; column: string; reason: string }) => ({
    expected: `报道原文里写这个数的原话，含数字、限定词和所指（行“${d.row}”列“${d.column}”）`,
    fix: `${d.reason}：照报道原文摘引，或改正单元格的数值与限定词。`,
  }),
} satisfies Record<string, Entry>;

export const datasetExamples: Examples<typeof datasetMessages> = {
  'main-column-invalid': { at: { file: meta, line: 9, where: fieldWhere(['mainColumn']) }, details: { found: 'city', columns: ['residential', 'months'] } },
  'column-duplicate': { at: column(18, 2, 'name'), details: { found: 'residential' } },
  'column-unit-not-numeric': { at: column(12, 0, 'type'), details: { found: 'string' } },
  'column-unit-and-unit-column': { at: column(17, 1, 'unitColumn'), details: { found: 'unit' } },
  'column-unit-column-not-text': { at: column(17, 1, 'unitColumn'), details: { found: 'months' } },
  'column-qualifier-not-qualifier': { at: column(18, 1, 'qualifier'), details: { found: 'city' } },
  'provenance-column-not-figure': { at: entry(40, 0, 'column'), details: { found: 'city', columns: ['residential', 'months'] } },
  'provenance-cell-empty': { at: entry(43, 1, 'column'), details: { found: 'months', row: '大同' } },
  'provenance-duplicate': { at: entry(46, 2, 'column'), details: { row: '大同', column: 'residential' } },
  'provenance-source-missing': { at: entry(37, 2, 'quote'), details: { found: '供热面积965.13万平方米', sources: ['baotou-season-end-2026', 'baotou-huadian-season-2026'] } },
  'provenance-source-not-listed': { at: entry(38, 0, 'source'), details: { found: 'test-reprot', sources: ['test-report'] } },
  'provenance-quote-mismatch': {
    at: entry(49, 1, 'quote'),
    details: { found: '目前已完成改造2146户', row: 'converted_households', column: 'value', reason: '引文里的数（2146）与单元格的 2164户 不符' },
  },
};

export const datasetArea: Area<typeof datasetMessages> = { title: '数据集的 .yaml：列与出处', module: 'dataset.ts', messages: datasetMessages, examples: datasetExamples };
