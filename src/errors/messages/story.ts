import { fieldWhere, propWhere } from '../where.ts';
import { idMessage } from '../../schemas/id.ts';
import type { Area, Entry, Examples } from './entry.ts';

/** The components a story may use (src/mdx/components.ts hands them in), as the messages list them. */
const listed = (components: readonly string[]) => components.map((name) => `<${name}>`).join('、');
const linkKinds = { link: '链接', image: '图片' } as const;
const directiveKinds = { text: '', leaf: '（一行开头的 ::，叶指令）', container: '（:::，容器指令）' } as const;
const directiveColons = { text: ':', leaf: '::', container: ':::' } as const;

export const storyMessages = {
  /** 主题词里有“/”“#”“?”等会拆坏网址的字符。 */
  'tag-bad-character': (d: { found: string; char: string }) => ({
    expected: `不含“${d.char}”的主题词（主题词也是它的网址 /tags/<主题词>/ 的一段）`,
    fix: `分成两个主题词，或换成顿号，如 [${d.found.split(d.char).filter(Boolean).join(', ')}]。`,
  }),
  /** 组件名写错了（大小写也要一致）。 */
  'component-unknown': (d: { found: string; components: readonly string[] }) => ({
    where: '组件',
    expected: `可用的组件之一：${listed(d.components)}`,
    fix: '改正组件名（区分大小写）；各组件的写法见 docs/WRITING.md 和 docs/CHARTS.md。',
  }),
  /** 图表的 id 不是由小写字母、数字和连字符组成的。 */
  'chart-id-invalid': (_: { found: string }) => ({
    expected: `${idMessage}（它是这张图嵌入页的网址 /embed/<报道>/<id>/ 的一段）`,
    fix: '改成如 id="heat-sources" 这样的 id；不写 id 也可以，图表会按类型和数据集得到一个。',
  }),
  /** 同一篇报道里两张图表的 id 相同。 */
  'chart-id-duplicate': (d: { found: string; line?: number | undefined; written: boolean }) => ({
    expected: `这篇报道里还没用过的 id：第 ${d.line ?? '?'} 行的图表已经是“${d.found}”`,
    fix: d.written
      ? '换一个 id。图表的 id 一经发布就不要再改：别的网站嵌入和下载的地址都用它。'
      : '给这张图写一个 id="…"（或改掉上面那张图写的 id），让两张图各有各的 id。',
  }),
  /** 正文里写了 HTML 标签（<script>、<div>）。 */
  'story-html-tag': (d: { found: string; components: readonly string[] }) => ({
    where: 'HTML 标签',
    expected: `Markdown 文字或编辑组件（${listed(d.components)}），正文里不写 HTML 标签`,
    fix: '删掉这个标签：小标题、粗体、列表和链接用 Markdown 写（## 小标题、**粗体**、- 列表、[文字](https://…)），数字和图表用组件。',
  }),
  /** 正文里写了 import 或 export。 */
  'story-import': (_: { found: string }) => ({ where: '正文', expected: '不含 import 或 export 的正文（组件直接写，不需要 import）', fix: '删掉这一行。' }),
  /** 正文里写了 {…} 表达式。 */
  'story-expression': (_: { found: string }) => ({
    where: '正文',
    expected: '文字（正文里不写 {…} 表达式）',
    fix: '要写花括号本身，在前面加反斜杠：\\{；正文里的数字用 <Num> 从数据集引用。',
  }),
  /** 组件的属性写成了 {...展开}。 */
  'prop-spread': (_: { found: string }) => ({ expected: '名字="值" 这样的属性', fix: '把 {...} 换成逐个写出的属性。' }),
  /** 组件的属性里写了 JavaScript（变量、调用、运算）。 */
  'prop-code': (_: { found: string }) => ({
    expected: '由文字、数字、[ ] 和 { } 写成的值（属性里不写 JavaScript）',
    fix: '只写 annotations={[{ x: "…", label: "…" }]} 这样的值；数字从数据集引用，不要计算。',
  }),
  /** 链接或图片的地址不是网址（javascript:、file:）。 */
  'link-unsafe': (d: { found: string; scheme: string; kind: keyof typeof linkKinds }) => ({
    where: linkKinds[d.kind],
    expected: '以 https:// 或 http:// 开头的网址，或本站的路径（如 /data/）',
    fix: `改成要链接的网页的地址；“${d.scheme}:”的地址会在读者的浏览器里执行或打开本地内容，不能用。`,
  }),
  /** 正文里的“:名字”“::名字”“:::名字”不是本站定义的指令（本站只有 :num[…]）；多半是想写冒号本身。 */
  'directive-unknown': (d: { found: string; name: string; kind: keyof typeof directiveKinds; directives: readonly string[] }) => ({
    where: `正文的指令${directiveKinds[d.kind]}`,
    expected: `本站定义的指令：${d.directives.join('、')}（正文里半角冒号后面紧跟字母或汉字，就被读成指令）`,
    fix:
      d.name.toLowerCase() === 'num' && d.name !== 'num'
        ? '写成小写的 :num[别名.行键]。'
        : d.name === 'num'
          ? '句子里的数字只写一个冒号：:num[别名.行键]，写在句子中间，前后不用空格。'
          : `要写冒号本身，改用中文的全角冒号“：”，或在半角冒号前加反斜杠：\\${directiveColons[d.kind]}${d.name}；要引用数字，写 :num[别名.行键]。`,
  }),
  /** npm run new-story：这个文件名的报道已经有了。 */
  'story-exists': (_: { found: string }) => ({
    where: '新报道的文件名',
    expected: 'content/stories/ 里还没有的文件名',
    fix: '换一个文件名；要改已有的报道，直接打开这个文件。',
  }),
  /** npm run new-story：没有写 --dataset。 */
  'story-needs-dataset': (_: Record<string, never>) => ({
    where: 'npm run new-story 的参数',
    expected: '至少一个 --dataset <数据集 id>（报道的数字和来源都从数据集来）',
    fix: '加上 --dataset <id>，id 见 /data/ 页面或 content/data/ 里的文件名；还没有数据集，先按 docs/DATASETS.md 建一个。',
  }),
} satisfies Record<string, Entry>;

const mdx = 'content/stories/prices.mdx';

export const storyExamples: Examples<typeof storyMessages> = {
  'tag-bad-character': { at: { file: mdx, line: 7, where: fieldWhere(['tags'], 'frontmatter ') }, details: { found: '价格/收费', char: '/' } },
  'component-unknown': { at: { file: mdx, line: 13, column: 1 }, details: { found: '<BarChrat>', components: ['BarChart', 'Num', 'Period'] } },
  'chart-id-invalid': { at: { file: mdx, line: 13, column: 1, where: propWhere('BarChart', 'id') }, details: { found: 'Heat Sources' } },
  'chart-id-duplicate': { at: { file: mdx, line: 20, column: 1, where: propWhere('BarChart', 'id') }, details: { found: 'bar-prices', line: 13, written: true } },
  'story-html-tag': { at: { file: mdx, line: 13, column: 1 }, details: { found: '<script>', components: ['BarChart', 'Num', 'Period'] } },
  'story-import': { at: { file: mdx, line: 11, column: 1 }, details: { found: 'import Chart from "../chart.js";' } },
  'story-expression': { at: { file: mdx, line: 11, column: 1 }, details: { found: '{process.env.HOME}' } },
  'prop-spread': { at: { file: mdx, line: 13, column: 1, where: propWhere('BarChart') }, details: { found: '{...props}' } },
  'prop-code': { at: { file: mdx, line: 13, column: 1, where: propWhere('BarChart', 'title') }, details: { found: '{String(globalThis.process?.env.HOME)}' } },
  'link-unsafe': { at: { file: mdx, line: 11, column: 66 }, details: { found: 'javascript:alert(1)', scheme: 'javascript', kind: 'link' } },
  'directive-unknown': { at: { file: mdx, line: 11, column: 9 }, details: { found: ':下午', name: '下午', kind: 'text', directives: [':num[别名.行键]', ':num[别名.行键.列名]'] } },
  'story-exists': { at: { file: mdx }, details: { found: 'prices' } },
  'story-needs-dataset': { at: { file: mdx }, details: {} },
};

export const storyArea: Area<typeof storyMessages> = { title: '报道的正文与组件', module: 'story.ts', messages: storyMessages, examples: storyExamples };
