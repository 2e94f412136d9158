import { fieldWhere, propWhere } from '../where.ts';
import { list, type Area, type Entry, type Examples } from './entry.ts';

/**
 * Mistakes in the short form of a bound figure (docs/WRITING.md): a story names its datasets once in its
 * frontmatter (`data: { cap: shuozhou-heat-capacity-2022 }`), then a figure is `<Num d="cap.chp_plants" />`
 * and a chart's `dataset="cap"`. The frontmatter's are checked with the story's file (src/data/frontmatter.ts),
 * a `d` as the MDX is compiled (src/mdx/data-aliases.ts), its row and column as the figure is looked up.
 */

const aliasList = (aliases: readonly string[]) => (aliases.length > 0 ? `这篇报道的 data 里的别名之一：${list(aliases)}` : '这篇报道 frontmatter 的 data 里的别名（这篇报道还没有写 data）');

export const figureMessages = {
  /** frontmatter 的 data 里，别名与另一个数据集的 id 相同。 */
  'data-alias-is-dataset': (d: { found: string; dataset: string }) => ({
    expected: `不与别的数据集 id 相同的别名（“${d.found}”本身是一个数据集的 id，这里却指向 ${d.dataset}）`,
    fix: `换一个别名；dataset="${d.found}" 读者读来会以为是数据集 ${d.found}。`,
  }),
  /** <Num> 的 d 不是“别名.行键”或“别名.行键.列名”。 */
  'figure-ref-malformed': (d: { found: string }) => ({
    expected: '“别名.行键”或“别名.行键.列名”，用英文句点分隔，如 d="cap.chp_plants" 或 d="cap.chp_plants.percent"',
    fix: /[。．]/.test(d.found) ? '把中文句号“。”换成英文句点“.”（输入法切换到英文状态再输入）。' : '照上面的写法改正：别名写在 frontmatter 的 data 里，行键是数据集第一列的值。',
  }),
  /** 正文里的 :num 没有照 :num[别名.行键] 写：没写方括号、方括号是全角的、冒号是全角的，或后面跟了 {…}。 */
  'figure-directive-malformed': (d: { found: string; mistake: 'no-label' | 'attributes' | 'full-width' }) => ({
    where: '正文的 :num',
    expected: ':num[别名.行键] 或 :num[别名.行键.列名]：半角冒号、半角方括号，后面不跟 {…}',
    fix:
      d.mistake === 'attributes'
        ? '删掉 {…}：要别的列，把列名写进方括号，如 :num[cap.chp_plants.percent]。'
        : d.mistake === 'full-width'
          ? '把全角的“：”“【】”换成半角的“:”“[]”（输入法切换到英文状态再输入）。'
          : '在 :num 后面紧接着写 [别名.行键]，如 :num[cap.chp_plants]；要写“:num”这几个字本身，写成 \\:num。',
  }),
  /** <Num> 的 d 开头的别名不在这篇报道 frontmatter 的 data 里。 */
  'figure-alias-unknown': (d: { found: string; aliases: readonly string[] }) => ({
    expected: aliasList(d.aliases),
    fix: `改成已有的别名，或在 frontmatter 的 data 里加一行“${d.found}: <数据集 id>”。`,
  }),
  /** <Num> 同时写了短写的 d 和长写的 dataset、row 或 column。 */
  'figure-both-forms': (d: { found: string; props: readonly string[] }) => ({
    expected: `短写 d 与长写 dataset、row、column 只用一种（这里还写了 ${list(d.props)}）`,
    fix: `用短写就删掉 ${list(d.props)}，要写列名时写进 d（如 d="${d.found.split('.').slice(0, 2).join('.')}.列名"）；用长写就删掉 d。`,
  }),
  /** d 只能写在 <Num> 上；图表和 <Period> 用 dataset="别名"。 */
  'figure-d-not-num': (d: { found: string; component: string }) => ({
    expected: `<${d.component}> 有的属性（d 只用于 <Num>；图表、<Period> 和计算器用 dataset）`,
    fix: `改写 dataset="${d.found.split('.')[0]}"（别名或数据集 id），行和列按 <${d.component}> 的属性写（见 docs/CHARTS.md）。`,
  }),
  /** <Num> 的 d 没写列名，数据集又没有主数值列。 */
  'figure-main-column-missing': (d: { found: string; dataset: string; columns: readonly { name: string; label: string }[]; meta: string }) => ({
    expected: `带列名的写法：数据集“${d.dataset}”有几个数值列，没有写 mainColumn，不写列名时不知道取哪一列（${list(d.columns.map((c) => `${c.name}（${c.label}）`))}）`,
    fix: `写成 d="${d.found}.${d.columns[0]?.name ?? '列名'}" 这样带列名的写法；或在 ${d.meta} 里写 mainColumn: <列名>，指定不写列名时取的列。`,
  }),
} satisfies Record<string, Entry>;

const mdx = 'content/stories/shuozhou-chp-air-quality-2022.mdx';
const frontmatter = (line: number, alias: string) => ({ file: mdx, line, where: fieldWhere(['data', alias], 'frontmatter ') });
const num = (line: number, column: number) => ({ file: mdx, line, column, where: propWhere('Num', 'd') });

export const figureExamples: Examples<typeof figureMessages> = {
  'data-alias-is-dataset': { at: frontmatter(12, 'prices'), details: { found: 'prices', dataset: 'shanxi-city-heating-prices-2022' } },
  'figure-ref-malformed': { at: num(21, 12), details: { found: 'cap。chp_plants' } },
  'figure-directive-malformed': { at: { file: mdx, line: 21, column: 12, where: '正文的 :num' }, details: { found: '：num[cap.chp_plants]', mistake: 'full-width' } },
  'figure-alias-unknown': { at: num(21, 12), details: { found: 'capacity', aliases: ['cap', 'ops', 'air'] } },
  'figure-both-forms': { at: num(21, 12), details: { found: 'cap.chp_plants', props: ['column'] } },
  'figure-d-not-num': { at: { file: mdx, line: 30, column: 1, where: propWhere('BarChart', 'd') }, details: { found: 'cap.chp_plants', component: 'BarChart' } },
  'figure-main-column-missing': {
    at: num(21, 12),
    details: { found: 'prices.shuozhou', dataset: 'shanxi-city-heating-prices-2022', columns: [{ name: 'residential', label: '居民' }, { name: 'season_months', label: '供热期' }], meta: 'content/data/shanxi-city-heating-prices-2022.yaml' },
  },
};

export const figureArea: Area<typeof figureMessages> = { title: '正文数字的短写：data 与 d', module: 'figures.ts', messages: figureMessages, examples: figureExamples };
