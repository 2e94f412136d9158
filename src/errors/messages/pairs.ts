import { propWhere } from '../where.ts';
import { list, type Area, type Entry, type Examples, type NoDetails } from './entry.ts';

/**
 * Mistakes in the props of a chart that sets two figures of an item side by side (<ProgressChart>,
 * <DumbbellChart>): from a wide table (a column per figure) or a long table, whose rows it pairs by key
 * (src/charts/common/row-pairs.ts, paired-items.ts). A row key that is not there is `row-unknown`.
 */

/** The values of a long table's key column, which name its rows. */
interface Keys {
  dataset: string;
  key: string;
  rows: readonly string[];
}

const keyValues = (d: Keys) => `数据集“${d.dataset}”的“${d.key}”列中的值：${list(d.rows)}`;

export const pairMessages = {
  /** 长表的配对属性（planned、before）一个行键也没写。 */
  'pair-keys-missing': (d: Keys & { found?: string | undefined; prop: string }) => ({ expected: `至少一个行键（${keyValues(d)}）`, fix: `例如 ${d.prop}="${d.rows[0] ?? '…'}"。` }),
  /** 两个配对属性写的行键个数不同。 */
  'pair-keys-unequal': (d: { found?: string | undefined; first: string; second: string; keys: readonly string[] }) => ({
    expected: `与 ${d.first} 一样多的行键（${d.keys.length}个），第几个与第几个配对`,
    fix: `${d.first} 写了 ${list(d.keys)}：在 ${d.second} 里按同样的顺序写出与之配对的行。`,
  }),
  /** 长表没有一列能区分每一行（没有行键列）。 */
  'pair-key-column-missing': (d: { dataset: string; csv: string }) => ({
    expected: '一个每行取值都不同的列（行键）',
    fix: `数据集“${d.dataset}”没有这样的列：改用宽表（每项一行、两个数各占一列），或在 ${d.csv} 里加一个行键列。`,
  }),
  /** key 写的列不能区分每一行（或不存在）。 */
  'pair-key-column-invalid': (d: { found: string; dataset: string; columns: readonly string[] }) => ({
    expected: `数据集“${d.dataset}”中每行取值都不同的列：${list(d.columns) || '（没有）'}`,
    fix: '改成上面的列名之一，或删掉 key 使用第一个这样的列。',
  }),
  /** label 和 labels 都写了。 */
  'pair-label-and-labels': (_: { found?: string | undefined }) => ({ expected: 'label 与 labels 二者之一', fix: '删掉其中一个：label 写列名，labels 直接写出各项的名字。' }),
  /** labels 写的名字个数与配对的个数不同。 */
  'pair-labels-count': (d: { found?: string | undefined; pairs: number }) => ({ expected: `${d.pairs}个名字（每对行一个），用顿号分隔`, fix: '按配对的顺序，每对写一个名字。' }),
  /** 长表既没写 label 也没写 labels。 */
  'pair-label-missing': (_: NoDetails) => ({ expected: '一个文字列名（label），或各项的名字（labels）', fix: '写 label="…"，或 labels="名字一、名字二"（按配对的顺序）。' }),
  /** 宽表写了长表才用的属性（labels、key）。 */
  'pair-long-only-prop': (d: { found?: string | undefined; prop: string }) => ({ expected: '长表（写了 value）才用的属性', fix: `宽表每项一行：删掉 ${d.prop}。` }),
} satisfies Record<string, Entry>;

const at = (prop: string) => ({ file: 'content/stories/prices.mdx', line: 13, column: 1, where: propWhere('ProgressChart', prop) });
const works = { dataset: 'works', key: 'measure', rows: ['windows_signed', 'windows_installed'] };

export const pairExamples: Examples<typeof pairMessages> = {
  'pair-keys-missing': { at: at('planned'), details: { found: '', prop: 'planned', ...works } },
  'pair-keys-unequal': { at: at('done'), details: { found: 'windows_installed', first: 'planned', second: 'done', keys: ['windows_signed', 'radiators_signed'] } },
  'pair-key-column-missing': { at: at('key'), details: { dataset: 'nokey', csv: 'content/data/nokey.csv' } },
  'pair-key-column-invalid': { at: at('key'), details: { found: 'place', dataset: 'works', columns: ['measure'] } },
  'pair-label-and-labels': { at: at('labels'), details: { found: '外窗换新、暖气片换新' } },
  'pair-labels-count': { at: at('labels'), details: { found: '外窗', pairs: 2 } },
  'pair-label-missing': { at: at('label'), details: {} },
  'pair-long-only-prop': { at: at('key'), details: { found: 'phase', prop: 'key' } },
};

export const pairArea: Area<typeof pairMessages> = { title: '两个数一组的图表：宽表与长表的配对', module: 'pairs.ts', messages: pairMessages, examples: pairExamples };
