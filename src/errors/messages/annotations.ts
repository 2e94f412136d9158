import { propWhere } from '../where.ts';
import { list, type Area, type Entry, type Examples } from './entry.ts';

/** Mistakes in a chart's `annotations` prop (src/charts/common/annotations.ts and each chart's own placing rules). */

const example = '[{ x: 50, label: "国家标准上限" }]';

/** The axes an annotation is placed on, and how a coordinate is written on each. */
const axes = {
  year: { expected: '一个年份（整数，如 2022）', fix: '横轴是年份轴：x 写年份，不加引号。' },
  day: { expected: '一个日期（YYYY-MM-DD，如 "2025-11-15"）', fix: '横轴是日期轴：x 写成带引号的“年-月-日”，月和日都用两位数。' },
  'season-day': { expected: '一个日期（YYYY-MM-DD，如 "2025-11-15"）', fix: '横轴是采暖季的日期：x 写成带引号的“年-月-日”，月和日都用两位数。' },
  value: { expected: '一个数值，或 { dataset, row, column }', fix: '纵轴是数值轴：y 写数字，或引用数据集里的数。' },
} as const;

export const annotationMessages = {
  /** annotations 不是一个数组（没用花括号包住方括号）。 */
  'annotations-not-array': (_: { found?: string | undefined }) => ({ expected: `一个数组，如 annotations={${example}}`, fix: '用花括号包住方括号：annotations={[ … ]}。' }),
  /** annotations 里的一项不是 { … } 对象。 */
  'annotation-not-object': (_: { found?: string | undefined }) => ({ expected: '一个对象 { x 或 y, label }', fix: `例如 ${example}。` }),
  /** 注释写了 x、y、label 以外的键。 */
  'annotation-extra-keys': (d: { keys: readonly string[] }) => ({ found: list(d.keys), expected: '只有 x、y、label 三个键', fix: '删掉其他键；位置写在 x 或 y 上。' }),
  /** 注释既没写 x 也没写 y。 */
  'annotation-position-missing': (_: { found: string }) => ({ expected: '至少有 x 或 y', fix: '参考线写 x（竖线）或 y（横线）；文字注释两个都写。' }),
  /** 注释的 x 或 y 不是数字、日期、类别名或数据集引用。 */
  'annotation-coordinate-invalid': (_: { found?: string | undefined }) => ({
    expected: '数字、日期（YYYY-MM-DD）、图中的类别名，或 { dataset, row, column }',
    fix: '改成上面的形式之一。',
  }),
  /** 注释的位置不合这张图的轴（日期轴上写了年份，数值轴上写了文字）。 */
  'annotation-off-axis': (d: { found?: string | undefined; axis: keyof typeof axes }) => axes[d.axis],
  /** 横向数值轴的图（分组条形、进度、哑铃）上只写了 y 的注释。 */
  'annotation-horizontal-line': (d: { y: string }) => ({
    found: `y: ${d.y}`,
    expected: '数值轴上的参考线 { x, label }，或某一行上的注释 { x, y, label }',
    fix: '这种图只有横向的数值轴：参考线写 x；要注在某一行上，再加 y 写这一行的名字。',
  }),
  /** 注释的 y 写的不是图中某一行的名字。 */
  'annotation-row-unknown': (d: { found: string; rows: readonly string[]; vertical?: boolean }) => ({
    expected: `图中某一行的名字：${list(d.rows)}`,
    fix: d.vertical ? '删掉 y 画一条竖线，或照图中的写法填写行名。' : '照图中的写法填写名字。',
  }),
} satisfies Record<string, Entry>;

const at = (component: string, prop: string) => ({ file: 'content/stories/prices.mdx', line: 13, column: 1, where: propWhere(component, prop) });

export const annotationExamples: Examples<typeof annotationMessages> = {
  'annotations-not-array': { at: at('BarChart', 'annotations'), details: { found: '{x: 3}' } },
  'annotation-not-object': { at: at('BarChart', 'annotations[0]'), details: { found: '50' } },
  'annotation-extra-keys': { at: at('BarChart', 'annotations[0]'), details: { keys: ['text'] } },
  'annotation-position-missing': { at: at('BarChart', 'annotations[0]'), details: { found: '{"label":"国家标准上限"}' } },
  'annotation-coordinate-invalid': { at: at('BarChart', 'annotations[0].x'), details: { found: '[50]' } },
  'annotation-off-axis': { at: at('LineChart', 'annotations[0].x'), details: { found: '2021-01-01', axis: 'year' } },
  'annotation-horizontal-line': { at: at('GroupedBarChart', 'annotations[0]'), details: { y: '太原' } },
  'annotation-row-unknown': { at: at('GroupedBarChart', 'annotations[0].y'), details: { found: '晋城', rows: ['太原', '大同', '朔州'] } },
};

export const annotationArea: Area<typeof annotationMessages> = { title: '图表的注释（annotations）', module: 'annotations.ts', messages: annotationMessages, examples: annotationExamples };
