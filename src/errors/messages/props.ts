import { propWhere } from '../where.ts';
import { columnKinds, type ColumnKind } from './checks.ts';
import { list, type Area, type Entry, type Examples } from './entry.ts';

/**
 * Mistakes in the props of an editor component (<BarChart dataset=… label=…>, <Num>, <BigNumbers>, the
 * calculator) that any component can make: the dataset and columns it names, words, choices, the names of the
 * marks it picks out, units on one axis. A dataset, row or column that does not exist is the data side's entry
 * (`dataset-unknown`, `row-unknown`, `column-unknown`, `column-wrong-type`): the same mistake, worded once.
 */

/** A number drawn on one axis: what it is (a column or a row key) and its unit ('' when it has none). */
interface Unit {
  name: string;
  unit: string;
}

const unitName = (unit: string) => unit || '无单位';
/** Where words without digits are needed, and how to show a number there instead. */
const digitFixes = {
  annotation: '把数字换成引用：x: { dataset: "…", row: "…", column: "…" }，数值会自动写在标签后面。',
  'big-number': '把数字从文字里去掉；要显示的数字另用一个 item 引用。',
} as const;
const repeats = { column: { expected: '各不相同的列名', fix: '删掉重复的。' }, label: { expected: '各不相同的名字', fix: '每对行写一个不同的名字。' } } as const;

export const propMessages = {
  /** 组件没写 dataset，或写成了空的。 */
  'prop-dataset-missing': (d: { found?: string | undefined; known: readonly string[] }) => ({
    expected: `一个数据集 id（现有：${list(d.known)}）`,
    fix: '写 dataset="…"，取值见 /data/ 页面或 content/data/ 里的文件名。',
  }),
  /** 要写几个列名的属性（values）一个也没写。 */
  'prop-columns-too-few': (d: { found?: string | undefined; prop: string; min: number; wanted: ColumnKind; columns: readonly string[] }) => ({
    expected: `至少 ${d.min} 个${columnKinds[d.wanted].name}列名，用顿号分隔`,
    fix: `例如 ${d.prop}="${list(d.columns)}"。`,
  }),
  /** 给读者看的文字（图例、标签）是空的，或不是文字。 */
  'prop-text-invalid': (d: { found?: string | undefined; prop: string; fallback?: string | undefined; annotation?: boolean }) =>
    d.annotation ? { expected: '一段说明文字', fix: '写 label: "…"，说明这条线或这个点是什么。' }
    : d.fallback !== undefined ? { expected: '一段文字', fix: `写 ${d.prop}="…"，或删掉它使用默认的“${d.fallback}”。` }
    : { expected: '一段文字', fix: '写成 "…"，或删掉这个属性。' },
  /** 给读者看的文字里写了 HTML 标签。 */
  'prop-text-markup': (_: { found: string }) => ({ expected: '纯文字，不含 HTML 标签', fix: '删掉尖括号；格式由图表统一处理。' }),
  /** 标签或说明文字里写了数字（读者看到的数字都要来自数据集）。 */
  'prop-text-digits': (d: { found: string; in: keyof typeof digitFixes }) => ({ expected: '不含数字的文字（读者看到的数字都要来自数据集）', fix: digitFixes[d.in] }),
  /** 属性的值不是可选的取值之一（sort、mode、axis…）。 */
  'prop-choice-invalid': (d: { found?: string | undefined; prop: string; choices: readonly string[]; fallback: string }) => ({
    expected: `以下之一：${list(d.choices)}`,
    fix: `删掉 ${d.prop} 使用默认的 ${d.fallback}，或改成上面的取值之一。`,
  }),
  /** highlight 写的名字不是图中某个标记的名字。 */
  'prop-labels-unknown': (d: { found: string; labels: readonly string[] }) => ({
    expected: `图中某个标记的名字：${list(d.labels)}`,
    fix: '照图中的写法填写名字，多个名字用顿号分隔。',
  }),
  /** 给标记命名的列有两行取值相同（两根条形一个名字）。 */
  'prop-label-not-distinct': (d: { found?: string | undefined; duplicate: string }) => ({
    expected: '每行取值都不同的列（每个标记一个名字）',
    fix: `“${d.duplicate}”出现了不止一次：换一个能区分各行的列，或先把数据集筛成每项一行。`,
  }),
  /** 一个属性里同一个列名或名字写了两次。 */
  'prop-list-repeated': (d: { found?: string | undefined; repeated: string; what: keyof typeof repeats }) => ({
    expected: repeats[d.what].expected,
    fix: `“${d.repeated}”写了不止一次：${repeats[d.what].fix}`,
  }),
  /** 图表要每行都有值的列（线的时间、行的名字）有空格。 */
  'prop-column-not-filled': (d: { found: string; row: number; key?: { column: string; value: string } | undefined; csv: string }) => ({
    expected: `每行都有值的列（“${d.found}”在第${d.row}行数据${d.key ? `，${d.key.column} 为“${d.key.value}”` : ''}处是空的）`,
    fix: `在 ${d.csv} 里补上这一格，或换一列。`,
  }),
  /** 画在同一根数轴上的几列或几行单位不同。 */
  'prop-units-differ': (d: { units: readonly Unit[] }) => ({
    found: list(d.units.map(({ name, unit }) => `${name}（${unitName(unit)}）`)),
    expected: '单位相同的数值（它们画在同一根数轴上）',
    fix: '单位不同的数字不能放进同一张图：分成两张图，或只选单位相同的列或行。',
  }),
  /** 画成一根轴的一列，各行的单位不同。 */
  'prop-column-units-differ': (d: { found: string; units: readonly string[] }) => ({
    expected: `单位相同的数值列，而这一列的单位有 ${list(d.units.map((unit) => unit || '（无）'))}`,
    fix: '单位不同的数字不能画在同一根轴上：换一列，或先把数据集按单位拆开。',
  }),
} satisfies Record<string, Entry>;

const mdx = 'content/stories/prices.mdx';
const prop = (component: string, name: string) => ({ file: mdx, line: 13, column: 1, where: propWhere(component, name) });

export const propExamples: Examples<typeof propMessages> = {
  'prop-dataset-missing': { at: prop('BarChart', 'dataset'), details: { found: '', known: ['prices', 'scale'] } },
  'prop-columns-too-few': { at: prop('GroupedBarChart', 'values'), details: { found: '', prop: 'values', min: 1, wanted: 'numeric', columns: ['residential', 'non_residential'] } },
  'prop-text-invalid': { at: prop('ProgressChart', 'doneLabel'), details: { found: '', prop: 'doneLabel', fallback: '已改造户数' } },
  'prop-text-markup': { at: prop('ProgressChart', 'doneLabel'), details: { found: '<b>完成</b>' } },
  'prop-text-digits': { at: prop('BarChart', 'annotations[0].label'), details: { found: '全省均价3元', in: 'annotation' } },
  'prop-choice-invalid': { at: prop('LineChart', 'axis'), details: { found: 'seasons', prop: 'axis', choices: ['time', 'season'], fallback: 'time' } },
  'prop-labels-unknown': { at: prop('BarChart', 'highlight'), details: { found: '晋城', labels: ['太原', '大同', '朔州'] } },
  'prop-label-not-distinct': { at: prop('BarChart', 'label'), details: { found: 'kind', duplicate: '热电' } },
  'prop-list-repeated': { at: prop('GroupedBarChart', 'values'), details: { found: 'residential、residential', repeated: 'residential', what: 'column' } },
  'prop-column-not-filled': { at: prop('LineChart', 'x'), details: { found: 'year', row: 2, key: { column: 'city', value: '大同' }, csv: 'content/data/prices.csv' } },
  'prop-units-differ': { at: prop('GroupedBarChart', 'values'), details: { units: [{ name: 'residential', unit: '元/平方米·月' }, { name: 'usable_share', unit: '%' }] } },
  'prop-column-units-differ': { at: prop('LineChart', 'y'), details: { found: 'value', units: ['个', '件'] } },
};

export const propArea: Area<typeof propMessages> = { title: '组件的属性：数据集、列、文字与取值', module: 'props.ts', messages: propMessages, examples: propExamples };
