import { fieldWhere } from '../where.ts';
import { schemaIssueCodes } from '../../schemas/issue-codes.ts';
import { list, type Area, type Entry, type Examples } from './entry.ts';

/**
 * The fix for the fields editors most often get wrong, by schema and field (a path without list indexes,
 * or the field's last name): it takes the place of the general fix of a `field-…` entry.
 */
export const fieldHints = {
  'dataset.type': '每一列选一个类型：string、integer、number、percent、date、qualifier、place、source。',
  'dataset.updated': '写成 2026-11-23 这样的日期。',
  'dataset.period': '写采暖季“2025-2026”、年份“2022”，或报道没有年份时写 unknown（并写 periodNote）。',
  'dataset.periodNote': '在 period 下面加一行“periodNote: …”，写明报道为什么没有年份、已知的范围。',
  'dataset.checks.id': '给这条核对加一行“id: …”，用小写字母、数字和连字符，如 shuozhou-household-bill。',
  'dataset.checks.type': '核对的 type 选一个：sum、at-most、share、product、days-between（见 docs/DATASETS.md 的“核对”）。',
  'dataset.formula': '计算数据集写 formula: 加公式名（见 docs/DATASETS.md 的“计算数据集”）；有 CSV 的数据集不写 formula。',
  'story.date': '写成 2026-04-20 这样的日期（中国时间的发布日）。',
  'story.updated': '写成 2026-04-20 这样的日期。',
  'story.season': '写成“2025-2026”这样的采暖季。',
  'registry.id': '只用小写字母、数字和连字符，如 baotou-season-end-2026。',
} as const;

export type FieldHint = keyof typeof fieldHints;
/** The schemas with hints: the metadata of a dataset (CSV or computed), a story's frontmatter, the registries. */
export type HintGroup = FieldHint extends `${infer G}.${string}` ? G : never;

/** A field of a YAML file as the schema found it: its path as editors read it, and its value when it has one. */
interface Field {
  field: string;
  found?: string | undefined;
  hint?: FieldHint | undefined;
}

const typeNames: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: 'true 或 false',
  array: '列表（如 [a, b]）',
  object: '字段表',
  date: '日期（YYYY-MM-DD）',
};
const typeName = (type: string) => typeNames[type] ?? type;
const fix = (d: Field, fallback: string) => (d.hint ? fieldHints[d.hint] : fallback);
const nearest = (s: string | undefined) => (s ? `（多半是“${s}”）` : '');
const renamed = (d: Field & { suggestion?: string | undefined }, fallback: string) =>
  d.suggestion ? `把“${d.found}”改成“${d.suggestion}”。${d.hint ? fieldHints[d.hint] : ''}` : fix(d, fallback);

export const fieldMessages = {
  /** 字段名不在文档里（多半拼错了，提示给出最接近的字段名）。 */
  'field-unknown': (d: Field & { found: string; suggestion?: string | undefined }) => ({
    expected: `已知的字段名${nearest(d.suggestion)}`,
    fix: renamed(d, `删除“${d.found}”，或改成文档里列出的字段名（见 docs/WRITING.md 与 docs/DATASETS.md）。`),
  }),
  /** 字段写了名字、冒号后面却是空的，还没有填（npm run new-dataset 写出的说明文件就这样等着填）。 */
  'field-empty': (d: Field & { key: string; description?: string | undefined; optional: boolean; known?: readonly string[] | undefined; more: number }) => ({
    found: '',
    expected: d.description ? d.description.replace(/[。；]$/, '') : '一个值',
    fix:
      `在“${d.key}:”后面写上${d.known ? `（现有：${list(d.known)}）` : ''}${d.optional ? '；用不着时删掉这一行' : ''}。` +
      (d.more > 0 ? `这个文件还有 ${d.more} 个字段空着，npm run check:content 一次列出全部。` : ''),
  }),
  /** 少了一个必填字段。 */
  'field-missing': (d: Field & { type: string }) => ({ expected: `必填字段“${d.field}”（${typeName(d.type)}）`, fix: fix(d, `补上“${d.field}: …”这一行。`) }),
  /** 字段的值类型不对（该写列表却写了文字）。 */
  'field-wrong-type': (d: Field & { found: string; type: string }) => ({ expected: typeName(d.type), fix: fix(d, `把“${d.field}”改成${typeName(d.type)}。`) }),
  /** 字段的值不是可选的取值之一（多半拼错了，提示给出最接近的取值）。 */
  'field-wrong-value': (d: Field & { accepted: string[]; suggestion?: string | undefined }) => ({
    expected: `以下之一：${list(d.accepted)}${nearest(d.suggestion)}`,
    fix: renamed(d, `从上面的取值中选一个写在“${d.field}”。`),
  }),
  /** 字段的值太短、太少或太小。 */
  'field-too-small': (d: Field & { origin: string; minimum: number }) =>
    d.origin === 'array' ? { expected: `至少 ${d.minimum} 项`, fix: fix(d, `在“${d.field}”里补足条目。`) }
    : d.origin === 'string' ? { expected: `至少 ${d.minimum} 个字`, fix: fix(d, `把“${d.field}”写完整。`) }
    : { expected: `不小于 ${d.minimum}`, fix: fix(d, `改正“${d.field}”的数值。`) },
  /** 字段的值太长、太多或太大。 */
  'field-too-big': (d: Field & { origin: string; maximum: number }) =>
    d.origin === 'array' ? { expected: `至多 ${d.maximum} 项`, fix: fix(d, `删减“${d.field}”的条目。`) }
    : d.origin === 'string' ? { expected: `至多 ${d.maximum} 个字`, fix: fix(d, `缩短“${d.field}”。`) }
    : { expected: `不大于 ${d.maximum}`, fix: fix(d, `改正“${d.field}”的数值。`) },
  /** 字段的值格式不对（日期、id 的写法）。 */
  'field-wrong-format': (d: Field & { format: string; pattern?: string | undefined }) =>
    d.format === 'date'
      ? { expected: '日期 YYYY-MM-DD（如 2026-04-20）', fix: fix(d, `把“${d.field}”写成 2026-04-20 这样的日期。`) }
      : { expected: `格式 ${d.pattern ?? d.format}`, fix: fix(d, `按格式改正“${d.field}”。`) },
  /** 字段的值不合要求（其他情形，说明来自格式定义）。 */
  'field-invalid': (d: Field & { message: string }) => ({ expected: `合乎要求的值（${d.message}）`, fix: fix(d, `改正“${d.field}”：写法见 docs/WRITING.md 与 docs/DATASETS.md。`) }),
  /** period 写了 unknown，却没有 periodNote。 */
  'period-note-missing': (_: Field) => ({
    expected: '一段说明（period 为 unknown 时必填：为什么年份不详，已知的范围）',
    fix: fieldHints['dataset.periodNote'],
  }),
  /** 标了 known 的核对没有 id。 */
  'check-known-without-id': (_: Field) => ({ expected: '一个 id（写了 known 的核对要有 id，报道用它引用这处矛盾）', fix: fieldHints['dataset.checks.id'] }),
  /** 报道既没写 season，也没写 periodNote。 */
  'story-season-missing': (_: Field) => ({
    expected: '采暖季（如 2025-2026），或报道没有写明年份时写 periodNote: 报道未写明年份',
    fix: '加一行“season: 2025-2026”这样的采暖季；报道没有写明年份时改写一行“periodNote: 报道未写明年份”。',
  }),
  /** 一条更正没写它改了哪篇报道、哪个数据集或哪个地点。 */
  'correction-target-missing': (_: Field) => ({
    expected: 'story、dataset 或 place 至少写一个：这条更正改了哪篇报道、哪个数据集或哪个地点页',
    fix: '加上 story: <报道的文件名>、dataset: <数据集 id> 或 place: <地点 id>。',
  }),
  /** 报道 frontmatter 的 data 里，别名不是小写英文字母开头的字母、数字、连字符或下划线。 */
  'data-alias-invalid': (d: Field) => {
    const alias = d.field.replace(/^data\./, '');
    return {
      found: alias,
      expected: '小写英文字母开头，只含小写字母、数字、连字符和下划线的别名，如 cap、ops2',
      fix: `把别名“${alias}”改成这样的写法（正文里的 d="${alias}.行键"、dataset="${alias}" 要一起改）。`,
    };
  },
  /** 地点的 geonames、lat、lon 没有一起写（坐标没有出处，或有记录号没有坐标）。 */
  'place-coordinates-incomplete': (d: Field) => ({
    expected: `geonames、lat、lon 三项一起写（缺 ${d.field}），或三项都不写`,
    fix: '写上 geonames: <GeoNames 记录号>，lat、lon 取这条记录的坐标，四舍五入保留三位小数（怎样查记录见 docs/DATASETS.md 的“地点登记表”）；地名库里没有这个地点时，三项都删掉，在 coordNote 里说明。',
  }),
  /** 来源的 lines 首行大于末行。 */
  'source-lines-reversed': (_: Field) => ({ expected: '先首行、后末行的两个行号（首行不大于末行），如 [3, 23]', fix: '把 lines 写成 [首行, 末行]：报道在版面文件里从第几行到第几行。' }),
} satisfies Record<string, Entry>;

/** The entries a schema names in a custom issue (src/schemas/issue-codes.ts): each must be an entry of this area. */
schemaIssueCodes satisfies readonly (keyof typeof fieldMessages)[];

const meta = (line: number, path: PropertyKey[]) => ({ file: 'content/data/prices.yaml', line, where: fieldWhere(path) });
const story = (line: number, field: string) => ({ file: 'content/stories/prices.mdx', line, where: fieldWhere([field], 'frontmatter ') });

export const fieldExamples: Examples<typeof fieldMessages> = {
  'field-unknown': { at: story(7, 'tag'), details: { field: 'tag', found: 'tag', suggestion: 'tags' } },
  'field-empty': {
    at: meta(15, ['columns', 1, 'label']),
    details: { field: 'columns[1].label', key: 'label', description: '给读者看的中文名称，如“供热面积”。', optional: false, more: 6 },
  },
  'field-missing': { at: story(2, 'title'), details: { field: 'title', type: 'string' } },
  'field-wrong-type': { at: story(6, 'places'), details: { field: 'places', found: 'baotou', type: 'array' } },
  'field-wrong-value': {
    at: meta(14, ['columns', 1, 'type']),
    details: { field: 'columns[1].type', found: 'numbr', accepted: ['string', 'integer', 'number', 'percent', 'date', 'qualifier', 'place', 'source'], suggestion: 'number', hint: 'dataset.type' },
  },
  'field-too-small': { at: meta(20, ['checks', 0, 'label']), details: { field: 'checks[0].label', found: '核对', origin: 'string', minimum: 4 } },
  'field-too-big': { at: meta(31, ['provenance', 2, 'quote']), details: { field: 'provenance[2].quote', found: '……', origin: 'string', maximum: 40 } },
  'field-wrong-format': { at: story(4, 'date'), details: { field: 'date', found: '2026-11-31', format: 'date', hint: 'story.date' } },
  'field-invalid': { at: { file: 'content/places.yaml', line: 9, where: fieldWhere(['keyFigures', 0], '第2条地点的') }, details: { field: 'keyFigures[0]', found: '3962', message: 'Invalid input' } },
  'period-note-missing': { at: meta(1, ['periodNote']), details: { field: 'periodNote' } },
  'check-known-without-id': { at: meta(22, ['checks', 0, 'id']), details: { field: 'checks[0].id' } },
  'story-season-missing': { at: story(2, 'season'), details: { field: 'season' } },
  'correction-target-missing': { at: { file: 'content/corrections.yaml', line: 1, where: fieldWhere(['story'], '第1条更正的') }, details: { field: 'story' } },
  'data-alias-invalid': { at: story(12, 'data.Cap'), details: { field: 'data.Cap', found: 'shuozhou-heat-capacity-2022' } },
  'place-coordinates-incomplete': { at: { file: 'content/places.yaml', line: 7, where: fieldWhere(['geonames'], '第1条地点的') }, details: { field: 'geonames' } },
  'source-lines-reversed': { at: { file: 'content/sources.yaml', line: 4, where: fieldWhere(['lines'], '第1条来源的') }, details: { field: 'lines', found: '[23,3]' } },
};

export const fieldArea: Area<typeof fieldMessages> = { title: 'YAML 字段（frontmatter、数据集的 .yaml、地点、来源与更正）', module: 'fields.ts', messages: fieldMessages, examples: fieldExamples };
