import { cellWhere, fieldWhere } from '../where.ts';
import { list, type Area, type Entry, type Examples } from './entry.ts';

/** An id that names nothing: what was written, and the ids there are. */
interface UnknownId {
  found: string;
  known: readonly string[];
}

export const registryMessages = {
  /** 地点 id 不在 content/places.yaml 里（数据集、单元格、报道、来源、更正或上级地点写的）。 */
  'place-unknown': (d: UnknownId) => ({
    expected: `content/places.yaml 里的地点 id（现有：${list(d.known)}）`,
    fix: '改成已有的地点 id，或先在 content/places.yaml 里添加这个地点。',
  }),
  /** 来源 id 不在 content/sources.yaml 里。 */
  'source-unknown': (d: UnknownId) => ({
    expected: `content/sources.yaml 里的来源 id（现有：${list(d.known)}）`,
    fix: '改成已有的来源 id，或先在 content/sources.yaml 里添加这份报道。',
  }),
  /** 报道的文件名不存在（related、更正的 story）。 */
  'story-unknown': (d: UnknownId) => ({
    expected: `content/stories/ 里一篇报道的文件名，不含 .mdx（现有：${list(d.known)}）`,
    fix: '改成已有报道的文件名，如 baotou-season-2025-2026。',
  }),
  /** 数据集 id 不存在。 */
  'dataset-unknown': (d: UnknownId) => ({
    expected: `已有的数据集 id（${list(d.known)}）`,
    fix: '改成 content/data/ 里某个数据集的 id（它的 .csv 或 .yaml 的文件名，不含扩展名），或先添加这个数据集。',
  }),
  /** 两个地点或两个来源用了同一个 id。 */
  'id-duplicate': (d: { found: string; what: string; first: number }) => ({
    where: `${d.what} id`,
    expected: `不重复的 id（第${d.first}条已经用了它）`,
    fix: '合并这两条，或给其中一条换个 id。',
  }),
  /** 不是省级的地点没有写上级地点。 */
  'place-parent-missing': (d: { place: string }) => ({
    where: `地点“${d.place}”`,
    expected: '一个 parent（只有省级地点可以没有上级）',
    fix: '加上“parent: <上级地点 id>”。',
  }),
  /** 更正没有按日期先后排列。 */
  'correction-out-of-order': (d: { found: string; previous: string }) => ({
    where: '更正的日期',
    expected: `不早于上一条（${d.previous}）：更正按时间先后排列`,
    fix: '把这一条移到正确的位置，新的更正加在文件末尾。',
  }),
} satisfies Record<string, Entry>;

export const registryExamples: Examples<typeof registryMessages> = {
  'place-unknown': { at: { file: 'content/data/prices.yaml', line: 5, where: fieldWhere(['places', 1]) }, details: { found: 'datong', known: ['shanxi', 'shuozhou'] } },
  'source-unknown': { at: { file: 'content/data/prices.csv', line: 2, column: 4, where: cellWhere({ name: 'source' }, 4) }, details: { found: 'test-reprot', known: ['test-report'] } },
  'story-unknown': { at: { file: 'content/stories/prices.mdx', line: 9, where: fieldWhere(['related'], 'frontmatter ') }, details: { found: 'bill', known: ['prices', 'bills'] } },
  'dataset-unknown': { at: { file: 'content/data/season-cost.yaml', line: 8, where: fieldWhere(['prices']) }, details: { found: 'price', known: ['prices'] } },
  'id-duplicate': { at: { file: 'content/places.yaml', line: 16 }, details: { found: 'shuozhou', what: '地点', first: 2 } },
  'place-parent-missing': { at: { file: 'content/places.yaml', line: 12 }, details: { place: 'shuozhou' } },
  'correction-out-of-order': { at: { file: 'content/corrections.yaml', line: 7 }, details: { found: '2026-11-30', previous: '2026-12-01' } },
};

export const registryArea: Area<typeof registryMessages> = { title: '地点、来源、报道与数据集的 id', module: 'registry.ts', messages: registryMessages, examples: registryExamples };
