import { cellWhere } from '../where.ts';
import type { Area, Entry, Examples, NoDetails } from './entry.ts';

/** An invisible character by its code point and what it is, so the editor can find it. */
function named(char: string): string {
  const code = char.charCodeAt(0);
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const name =
    code === 0x200b ? '零宽空格'
    : code === 0xfeff ? '字节顺序标记'
    : code === 0x00ad ? '软连字符'
    : code >= 0x200c && code <= 0x200d ? '零宽连接符'
    : code === 0x200e || code === 0x200f || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) ? '文字方向控制符'
    : '控制字符';
  return `${hex}，${name}`;
}

const holders = { cell: '这一格', value: '这个值' } as const;

export const fileMessages = {
  /** content/data/ 里有一个不是数据集的文件（.xlsx、大写的 .CSV、备份）。 */
  'data-stray-file': (d: { found: string; dir: string }) => ({
    where: '文件',
    expected: `数据集的 .csv 或 .yaml 文件（${d.dir}/ 里只放数据集，扩展名用小写）`,
    fix: '表格用“CSV UTF-8（逗号分隔）”另存为 <数据集 id>.csv，扩展名写小写；不是数据集的文件移出这个文件夹。',
  }),
  /** 数据集的文件名不是小写字母、数字和连字符。 */
  'dataset-id-invalid': (_: { found: string }) => ({ where: '文件名', expected: '小写字母、数字和连字符组成的数据集 id', fix: '重命名 .csv 和 .yaml 文件，如 baotou-heating-scale-2025-2026.csv。' }),
  /** npm run new-dataset：这个 id 的数据集已经有了。 */
  'dataset-exists': (d: { found: string; file: string }) => ({
    where: '新数据集的 id',
    expected: `content/data/ 里还没有的数据集 id（已有 ${d.file}）`,
    fix: '换一个 id；要改已有的数据集，直接打开它的 .csv 和 .yaml。',
  }),
  /** npm run new-dataset：--from 的表格不存在、不是 CSV 文件，或不是 UTF-8 编码。 */
  'csv-unreadable': (d: { found: string; reason: 'missing' | 'folder' | 'not-csv' | 'encoding' }) => ({
    where: 'npm run new-dataset 的 --from',
    expected:
      d.reason === 'missing' ? '一个存在的 CSV 文件（找不到这个文件）'
      : d.reason === 'folder' ? '一个 CSV 文件（这是一个文件夹）'
      : d.reason === 'not-csv' ? '扩展名为 .csv 的表格文件'
      : 'UTF-8 编码的 CSV（这个文件不是 UTF-8，多半是 Excel 的“CSV（逗号分隔）”存成的 GBK）',
    fix:
      d.reason === 'missing' || d.reason === 'folder' ? '写出 CSV 文件的路径（从项目文件夹算起，或写完整路径）。'
      : '在表格软件里另存为“CSV UTF-8（逗号分隔）”（.csv），再运行一次。',
  }),
  /** 数据集只有 .csv 没有 .yaml，或只有 .yaml 没有 .csv（也没写 formula）。 */
  'dataset-file-alone': (d: { found: string; present: string; absent: string }) => ({
    where: '数据集文件',
    expected: `旁边有同名的 ${d.absent}`,
    fix: `创建 ${d.absent}（格式见 docs/DATASETS.md），或删掉 ${d.present}。要计算得出的数据集写 formula:（见“计算数据集”）。`,
  }),
  /** 写了 formula 的计算数据集旁边还有同名的 CSV。 */
  'dataset-formula-with-csv': (d: { csv: string }) => ({
    where: '字段“formula”',
    expected: '没有同名 CSV 的计算数据集',
    fix: `数据写在 CSV 里就删掉 formula 这一行；要计算得出就删掉 ${d.csv}。`,
  }),
  /** 报道的文件名不是小写字母、数字和连字符。 */
  'story-filename-invalid': (_: { found: string }) => ({
    where: '文件名',
    expected: '小写字母、数字和连字符组成的文件名（它就是网址 /stories/<文件名>/）',
    fix: '重命名文件，如 baotou-season-2025-2026.mdx。',
  }),
  /** content/stories/ 里有子文件夹。 */
  'story-folder': (d: { found: string; dir: string }) => ({
    where: '文件夹',
    expected: `${d.dir}/ 里没有子文件夹（报道是其中的 .mdx 文件）`,
    fix: '把报道移到 content/stories/ 下，删掉这个子文件夹；不是报道的文件不要放在这里。',
  }),
  /** content/stories/ 里有不是 .mdx 的文件（.md、.txt）。 */
  'story-not-mdx': (d: { found: string; stem: string }) => ({
    where: '文件',
    expected: '扩展名为 .mdx 的报道文件',
    fix: `改名为 ${d.stem}.mdx（格式见 docs/WRITING.md）；不是报道的文件移出 content/stories/。`,
  }),
  /** 报道文件开头没有 frontmatter。 */
  'frontmatter-missing': (_: NoDetails) => ({ expected: '以“---”开头、以“---”结束的 frontmatter', fix: '在文件开头加上 frontmatter（格式见 docs/WRITING.md）。' }),
  /** content/places.yaml 或 content/sources.yaml 不存在。 */
  'registry-file-missing': (d: { what: string; file: string }) => ({ expected: `${d.what}列表文件`, fix: `创建 ${d.file}（格式见 docs/DATASETS.md）。` }),
  /** 地点、来源或更正的文件不是一个列表。 */
  'yaml-not-a-list': (d: { found: string; what: string; first: string; docs: string }) => ({
    expected: `以“- ${d.first}: …”开头的${d.what}列表`,
    fix: `每一条以“- ”开头，字段缩进两格（格式见 ${d.docs}）。`,
  }),
  /** YAML 写法有误：缩进、冒号或引号。 */
  'yaml-syntax': (_: { found: string }) => ({ where: 'YAML', expected: '合法的 YAML', fix: '检查这一行的缩进、冒号后的空格和引号是否成对。' }),
  /** 单元格或 YAML 的值里有看不见的字符（零宽空格、文字方向控制符）。 */
  'invisible-character': (d: { found: string; char: string; in: keyof typeof holders }) => ({
    expected: `只含看得见的字符（${holders[d.in]}里有 ${named(d.char)}）`,
    fix: `删掉这个看不见的字符（多半随网页或 PDF 的文字一起复制进来）：重新输入${holders[d.in]}，或在编辑器里打开“显示不可见字符”找到它。`,
  }),
} satisfies Record<string, Entry>;

export const fileExamples: Examples<typeof fileMessages> = {
  'data-stray-file': { at: { file: 'content/data/scale.xlsx' }, details: { found: 'scale.xlsx', dir: 'content/data' } },
  'dataset-id-invalid': { at: { file: 'content/data/供热规模.csv' }, details: { found: '供热规模' } },
  'dataset-exists': { at: { file: 'content/data/prices.csv' }, details: { found: 'prices', file: 'content/data/prices.yaml' } },
  'csv-unreadable': { at: { file: 'scale.xlsx' }, details: { found: 'scale.xlsx', reason: 'not-csv' } },
  'dataset-file-alone': { at: { file: 'content/data/scale.csv' }, details: { found: 'scale.csv', present: 'content/data/scale.csv', absent: 'content/data/scale.yaml' } },
  'dataset-formula-with-csv': { at: { file: 'content/data/scale.yaml' }, details: { csv: 'content/data/scale.csv' } },
  'story-filename-invalid': { at: { file: 'content/stories/包头供热.mdx' }, details: { found: '包头供热.mdx' } },
  'story-folder': { at: { file: 'content/stories/old' }, details: { found: 'old/', dir: 'content/stories' } },
  'story-not-mdx': { at: { file: 'content/stories/bills.md' }, details: { found: 'bills.md', stem: 'bills' } },
  'frontmatter-missing': { at: { file: 'content/stories/bills.mdx', line: 1 }, details: {} },
  'registry-file-missing': { at: { file: 'content/places.yaml' }, details: { what: '地点', file: 'content/places.yaml' } },
  'yaml-not-a-list': { at: { file: 'content/corrections.yaml', line: 1 }, details: { found: 'object', what: '更正', first: 'date', docs: 'docs/WRITING.md 的“更正”' } },
  'yaml-syntax': { at: { file: 'content/data/prices.yaml', line: 4 }, details: { found: 'Nested mappings are not allowed in compact mappings' } },
  'invisible-character': { at: { file: 'content/data/prices.csv', line: 3, column: 1, where: cellWhere({ name: 'city' }, 1) }, details: { found: '朔州\u200b', char: '\u200b', in: 'cell' } },
};

export const fileArea: Area<typeof fileMessages> = { title: '文件、YAML 与看不见的字符', module: 'files.ts', messages: fileMessages, examples: fileExamples };
