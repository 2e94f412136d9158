import { cpSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { editorError, type DetailsOf, type ErrorCode } from '../../src/errors/messages.ts';
import { cellWhere, checkWhere, fieldWhere, headerWhere, propWhere } from '../../src/errors/where.ts';
import { editorComponents } from '../../src/mdx/components.ts';

/**
 * The fixture sites of test/fixtures/ and what each must produce: the valid ones, and for every mistake the
 * message the editor must read. test/fixtures/editor-mistakes.test.ts builds the valid sites and a sample of
 * the mistakes with Astro; test/unit/check-content.test.ts checks every one of them with `npm run check:content`
 * in-process. Both expect exactly what is stated here.
 */

export const fixturesDir = path.resolve(import.meta.dirname, '../fixtures');

/** A file of the fixture's content folder as messages name it (relative to the project root). */
export type At = (file: string) => string;

/** Lays a fixture over a fresh copy of the base content tree at `content`; `base` alone is the base tree. */
export function layOutFixture(name: string, content: string): void {
  rmSync(content, { recursive: true, force: true });
  cpSync(path.join(fixturesDir, 'base/content'), content, { recursive: true });
  if (name !== 'base') cpSync(path.join(fixturesDir, name), content, { recursive: true });
  fixturePreparation[name]?.(content);
}

/**
 * The large-dataset fixture's 20,000 rows: written into the copy at run time, not kept in the repository (see
 * test/fixtures/README.md). Source values as the CSV holds them.
 */
export const largeDataset = {
  count: 20_000,
  rows(): Record<'reading' | 'date' | 'station' | 'temperature' | 'temperature_qualifier' | 'households', string>[] {
    const stations = ['城区一号站', '城区二号站', '开发区站', '县城站'];
    const day = (index: number) => new Date(Date.UTC(2022, 10, 15) + Math.floor(index / 24) * 86_400_000).toISOString().slice(0, 10);
    return Array.from({ length: this.count }, (_, index) => {
      const tenths = 400 + ((index * 7) % 300);
      return {
        reading: `r${String(index + 1).padStart(5, '0')}`,
        date: day(index),
        station: stations[index % stations.length]!,
        temperature: tenths % 10 === 0 ? String(tenths / 10) : `${Math.floor(tenths / 10)}.${tenths % 10}`,
        temperature_qualifier: index % 50 === 0 ? 'approx' : '',
        households: index % 10 === 0 ? '' : String(100 + (index % 900)),
      };
    });
  },
};

/** Files a fixture needs that the repository does not keep. */
const fixturePreparation: Record<string, (content: string) => void> = {
  'large-dataset': (content) => {
    const rows = largeDataset.rows();
    const header = Object.keys(rows[0]!) as (keyof (typeof rows)[number])[];
    writeFileSync(path.join(content, 'data/readings.csv'), `${header.join(',')}\n${rows.map((row) => header.map((name) => row[name]).join(',')).join('\n')}\n`);
  },
};

/** Fixtures that must build, each with what its built pages must hold (asserted in editor-mistakes.test.ts). */
/** The directives a story may use, as the directive-unknown message lists them. */
const directives = [':num[别名.行键]', ':num[别名.行键.列名]'];

export const validFixtures = ['base', 'computed-dataset', 'season-charts', 'markup-everywhere', 'draft-story', 'odd-but-valid', 'large-dataset', 'short-figures', 'directive-figures'] as const;

/** Mistakes the chart code (src/charts/) finds: it still writes its words in place, without a code, until it uses the catalogue. */
/** Chart-prop mistakes once stated as whole messages; every one is a catalogue entry now, in `mistakeCases`. */
export const chartCases: [name: string, message: (at: At) => string][] = [];

/**
 * What the editor must be told, as the catalogue words it (src/errors/messages.ts; the words themselves are pinned
 * in test/unit/error-messages.test.ts): the entry, the file, the line (and the column for a CSV cell or an MDX tag),
 * where in the file, and the details: the value found, what exists. The build must print exactly that line.
 */
export interface Mistake<C extends ErrorCode = ErrorCode> {
  code: C;
  /** Relative to the fixture's content folder. */
  file: string;
  /** Absent only for a mistake that is a whole file (a file with no partner, a file of the wrong kind). */
  line?: number;
  column?: number;
  where?: string;
  details: DetailsOf<C>;
}

const mistake = <C extends ErrorCode>(m: Mistake<C>): Mistake => m as unknown as Mistake;

/**
 * The fields of the dataset-fields-empty fixture (data/scale.yaml, as npm run new-dataset wrote it for scale.csv)
 * still empty, each a `field-empty` at its line: the build stops at the first, which says how many more there
 * are; check:content lists every one.
 */
export const datasetFieldsEmpty: Mistake<'field-empty'>[] = (
  [
    [['title'], 4, '中文标题，至少 4 个字；写明地点、内容和时期。'],
    [['description'], 5, '一两句中文，说明这张表是什么。'],
    [['subject'], 6, '主题，选一个：heating-area、heat-sources、operations、conversions、air-quality、prices、renovation。'],
    [['places'], 7, '涉及的地点 id 列表，至少一个，必须在 content/places.yaml 里。', ['shanxi', 'shuozhou']],
    [['period'], 8, '时期：采暖季 2025-2026、年份 2022，或年份范围 2020-2022。报道没有印年份、也推不出来时写 unknown（页面显示“年份不详”），并写 periodNote。'],
    [['sources'], 9, '来源 id 列表，至少一个，必须在 content/sources.yaml 里：这个数据集的数字出自的每一篇报道。', ['test-report']],
    [['columns', 0, 'label'], 15, '给读者看的中文名称，如“供热面积”。'],
    [['columns', 1, 'unit'], 18, '单位，用中文全称，如 万平方米、元/平方米·月、微克/立方米、%；只用于数值列（number、integer、percent）。CSV 里按这个单位写数值。', undefined, true],
    [['columns', 1, 'label'], 20, '给读者看的中文名称，如“供热面积”。'],
    [['columns', 2, 'unit'], 23, '单位，用中文全称，如 万平方米、元/平方米·月、微克/立方米、%；只用于数值列（number、integer、percent）。CSV 里按这个单位写数值。', undefined, true],
    [['columns', 2, 'label'], 24, '给读者看的中文名称，如“供热面积”。'],
    ...[28, 29, 30].map((line, index) => [['provenance', index, 'quote'], line, '报道写这个数的原话，逐字照抄，2 到 40 个字：含数字本身、限定词和它指的是什么，如“累计接听用户热线13505个”。含英文逗号、冒号或以引号开头时，整段加英文双引号。']),
  ] as [(string | number)[], number, string, string[]?, boolean?][]
).map(([path, line, description, known, optional = false], index, all) => ({
  code: 'field-empty',
  file: 'data/scale.yaml',
  line,
  where: fieldWhere(path),
  details: { field: path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${key}` : key), ''), key: String(path.at(-1)), description, optional, known, more: index === 0 ? all.length - 1 : 0 },
}));
/** The error the catalogue makes of a mistake: its `message` is the line the editor must read. */
export const raised = (at: At, m: Mistake) => editorError(m.code, { file: at(m.file), line: m.line, column: m.column, where: m.where }, m.details as never);

export const wholeFile = new Set(['csv-without-yaml', 'yaml-without-csv', 'stray-file-in-data', 'story-md-extension', 'chinese-dataset-filename']);
export const somethingMissing = new Set(['story-without-title', 'coordinates-without-geonames']);
/** CSV mistakes that are a whole row, or the header as a whole: no one column to name. */
export const wholeRow = new Set(['decimal-comma', 'blank-line-in-csv', 'empty-csv', 'missing-column']);

const prices = (at: At) => at('data/prices.yaml');
const price = { name: 'residential', unit: '元/平方米·月' };
const frontmatter = (field: string) => fieldWhere([field], 'frontmatter ');
/** The base site's price table's numeric columns, which a chart or <Num> may name. */
const numericColumns = [{ name: 'residential', label: '居民价格' }, { name: 'months', label: '供热期' }];
export const mistakeCases: [name: string, what: string, mistake: (at: At) => Mistake][] = [
  ['bad-number', 'letters in a price', () => mistake({ code: 'cell-not-a-number', file: 'data/prices.csv', line: 2, column: 2, where: cellWhere(price, 2), details: { found: '12abc', type: 'number', unit: '元/平方米·月' } })],
  ['missing-column', 'a column the metadata defines missing from the header', (at) => mistake({ code: 'csv-missing-column', file: 'data/prices.csv', line: 1, details: { header: ['city', 'residential'], column: 'months', label: '供热期', meta: prices(at) } })],
  ['extra-column', 'a header column the metadata does not define', (at) => mistake({ code: 'csv-unknown-header', file: 'data/prices.csv', line: 1, column: 4, where: headerWhere(4), details: { found: 'non_residential', meta: prices(at), columns: ['city', 'residential', 'months'] } })],
  ['empty-csv', 'an empty CSV', () => mistake({ code: 'csv-empty', file: 'data/prices.csv', line: 1, details: {} })],
  ['html-in-label', 'markup in a text cell', () => mistake({ code: 'cell-html', file: 'data/prices.csv', line: 3, column: 1, where: cellWhere({ name: 'city' }, 1), details: { found: '<b>朔州</b>' } })],
  ['bad-frontmatter-date', 'a date that does not exist', () => mistake({ code: 'field-wrong-format', file: 'stories/prices.mdx', line: 4, where: frontmatter('date'), details: { field: 'date', found: '2026-11-31', format: 'date', hint: 'story.date' } })],
  ['unknown-source', 'a misspelt source id in frontmatter', () => mistake({ code: 'source-unknown', file: 'stories/prices.mdx', line: 8, where: frontmatter('sources'), details: { found: 'test-reprot', known: ['test-report'] } })],
  ['ambiguous-row-key', 'a check naming a row key two rows share', (at) => mistake({ code: 'row-ambiguous', file: 'data/prices.yaml', line: 25, where: fieldWhere(['checks', 0, 'value', 'row']), details: { found: '朔州', dataset: 'prices', key: 'city', count: 2, file: at('data/prices.csv') } })],
  ['failed-check', 'a check that fails', () => mistake({ code: 'check-fails', file: 'data/prices.yaml', line: 23, where: checkWhere({ label: '大同的居民价格不超过朔州', type: 'at-most' }, 0), details: { found: '大同 / residential 为 3.52元/平方米·月，朔州 / residential 为 2.52元/平方米·月', relation: 'at-most' } })],
  ['known-inconsistency-resolved', 'a known inconsistency that no longer fails', () => mistake({ code: 'check-known-resolved', file: 'data/prices.yaml', line: 28, where: checkWhere({ label: '朔州的居民价格不超过大同', type: 'at-most' }, 0), details: { found: '朔州 / residential 为 2.52元/平方米·月，大同 / residential 为 3.52元/平方米·月' } })],
  ['computed-unknown-input', 'a computed dataset reading a dataset that does not exist', () => mistake({ code: 'dataset-unknown', file: 'data/season-cost.yaml', line: 9, where: fieldWhere(['prices']), details: { found: 'price', known: ['prices'] } })],
  ['unknown-component', 'a misspelt component name', () => mistake({ code: 'component-unknown', file: 'stories/prices.mdx', line: 13, column: 1, details: { found: '<BarChrat>', components: editorComponents } })],
  ['chart-id-duplicate', 'two charts of a story given the same id', () => mistake({ code: 'chart-id-duplicate', file: 'stories/prices.mdx', line: 15, column: 1, where: propWhere('BarChart', 'id'), details: { found: 'prices-by-city', line: 13, written: true } })],
  ['full-width-digits', 'a price typed with full-width digits and point (２．５２)', () => mistake({ code: 'cell-full-width-digits', file: 'data/prices.csv', line: 3, column: 2, where: cellWhere(price, 2), details: { found: '２．５２', type: 'number', unit: '元/平方米·月', halfWidth: '2.52' } })],
  ['thousands-separator', 'a count with a thousands separator ("13,505")', () => mistake({ code: 'cell-thousands-separator', file: 'data/scale.csv', line: 3, column: 3, where: cellWhere({ name: 'households', unit: '户' }, 3), details: { found: '13,505', type: 'integer', unit: '户' } })],
  ['nan-cell', 'NaN where a spreadsheet had no number', () => mistake({ code: 'cell-placeholder', file: 'data/prices.csv', line: 3, column: 2, where: cellWhere(price, 2), details: { found: 'NaN', type: 'number', unit: '元/平方米·月' } })],
  ['unit-in-cell', 'the unit typed into the cell (5.5个月)', () => mistake({ code: 'cell-with-unit', file: 'data/prices.csv', line: 2, column: 3, where: cellWhere({ name: 'months', unit: '个月' }, 3), details: { found: '5.5个月', type: 'number', unit: '个月' } })],
  ['percent-over-100', 'a percentage over 100', () => mistake({ code: 'cell-percent-out-of-range', file: 'data/coverage.csv', line: 3, column: 2, where: cellWhere({ name: 'rate' }, 2), details: { found: '120' } })],
  ['misspelt-column-type', 'a misspelt column type (numbr)', () => mistake({
    code: 'field-wrong-value',
    file: 'data/prices.yaml',
    line: 15,
    where: fieldWhere(['columns', 1, 'type']),
    details: { field: 'columns[1].type', found: 'numbr', accepted: ['string', 'integer', 'number', 'percent', 'date', 'qualifier', 'place', 'source'], suggestion: 'number', hint: 'dataset.type' },
  })],
  ['csv-without-yaml', 'a CSV without its metadata', (at) => mistake({ code: 'dataset-file-alone', file: 'data/scale.csv', details: { found: 'scale.csv', present: at('data/scale.csv'), absent: at('data/scale.yaml') } })],
  ['yaml-without-csv', 'metadata without its CSV (and no formula)', (at) => mistake({ code: 'dataset-file-alone', file: 'data/scale.yaml', details: { found: 'scale.yaml', present: at('data/scale.yaml'), absent: at('data/scale.csv') } })],
  ['unknown-place-in-metadata', 'metadata naming a place the registry lacks', () => mistake({ code: 'place-unknown', file: 'data/prices.yaml', line: 6, where: fieldWhere(['places', 1]), details: { found: 'datong', known: ['shanxi', 'shuozhou'] } })],
  ['story-without-title', 'a story without a title', () => mistake({ code: 'field-missing', file: 'stories/prices.mdx', line: 2, where: frontmatter('title'), details: { field: 'title', type: 'string' } })],
  ['computed-input-row-gone', 'a computed dataset whose input row was deleted', () => mistake({ code: 'row-unknown', file: 'data/price-ratio.yaml', line: 13, where: fieldWhere(['rows', 0, 'numerator', 'row']), details: { found: '忻州', dataset: 'prices', key: 'city', rows: ['大同', '朔州'] } })],
  ['sum-check-fails', 'parts that no longer add up to their total', () => mistake({ code: 'check-fails', file: 'data/areas.yaml', line: 18, where: checkWhere({ label: '城区与县城的供热面积之和等于合计', type: 'sum' }, 0), details: { found: 'urban / value + county / value = 3900万平方米，total / value 为 3962万平方米', relation: 'equals' } })],
  ['date-with-slashes', 'a date written 2022/9/28', () => mistake({ code: 'cell-date-format', file: 'data/starts.csv', line: 3, column: 2, where: cellWhere({ name: 'start' }, 2), details: { found: '2022/9/28', iso: '2022-09-28' } })],
  ['date-in-chinese', 'a date written 2022年9月28日', () => mistake({ code: 'cell-date-format', file: 'data/starts.csv', line: 2, column: 2, where: cellWhere({ name: 'start' }, 2), details: { found: '2022年9月28日', iso: '2022-09-28' } })],
  ['invisible-character', 'a row key with a zero-width space pasted from a web page', () => mistake({ code: 'invisible-character', file: 'data/prices.csv', line: 3, column: 1, where: cellWhere({ name: 'city' }, 1), details: { found: '朔州\u200b', char: '\u200b', in: 'cell' } })],
  ['unclosed-quote', 'a quote opened and never closed, swallowing the rows after it', () => mistake({ code: 'csv-unclosed-quote', file: 'data/prices.csv', line: 2, column: 1, details: { found: '"大同,3.52,5.5', column: 1 } })],
  ['decimal-comma', 'a decimal comma (2,52) that splits the cell', () => mistake({ code: 'csv-row-too-many-cells', file: 'data/prices.csv', line: 3, details: { cells: 4, columns: ['city', 'residential', 'months'] } })],
  ['blank-line-in-csv', 'a blank line between rows', () => mistake({ code: 'csv-blank-line', file: 'data/prices.csv', line: 3, details: {} })],
  ['duplicate-header', 'a column named twice in the header', () => mistake({ code: 'csv-duplicate-header', file: 'data/prices.csv', line: 1, column: 3, where: headerWhere(3), details: { found: 'residential' } })],
  ['misspelt-frontmatter-field', 'a misspelt frontmatter field (tag: for tags:)', () => mistake({ code: 'field-unknown', file: 'stories/prices.mdx', line: 7, where: frontmatter('tag'), details: { field: 'tag', found: 'tag', suggestion: 'tags' } })],
  ['tag-with-slash', 'a tag with a slash, which would break its page address', () => mistake({ code: 'tag-bad-character', file: 'stories/prices.mdx', line: 7, where: frontmatter('tags'), details: { found: '价格/收费', char: '/' } })],
  ['story-md-extension', 'a story saved as .md, which would be left out silently', () => mistake({ code: 'story-not-mdx', file: 'stories/bills.md', details: { found: 'bills.md', stem: 'bills' } })],
  ['stray-file-in-data', 'a spreadsheet (.xlsx) dropped into content/data/, which would be ignored silently', (at) => mistake({ code: 'data-stray-file', file: 'data/scale.xlsx', details: { found: 'scale.xlsx', dir: at('data') } })],
  ['duplicate-place-id', 'two places with one id', () => mistake({ code: 'id-duplicate', file: 'places.yaml', line: 19, details: { found: 'shuozhou', what: '地点', first: 2 } })],
  ['coordinates-without-geonames', 'coordinates typed in with no GeoNames record they come from', () => mistake({ code: 'place-coordinates-incomplete', file: 'places.yaml', line: 11, where: fieldWhere(['geonames'], '第2条地点的'), details: { field: 'geonames' } })],
  ['chinese-dataset-filename', 'a dataset file named in Chinese', () => mistake({ code: 'dataset-id-invalid', file: 'data/供热规模.csv', details: { found: '供热规模' } })],
  ['unknown-qualifier', 'a qualifier written as the Chinese word (近)', () => mistake({ code: 'cell-qualifier-chinese', file: 'data/prices.csv', line: 3, column: 4, where: cellWhere({ name: 'months_qualifier' }, 4), details: { found: '近', code: 'nearly' } })],
  ['bidi-in-place-name', 'a place name with a direction override, so it reads otherwise than it is stored', () => mistake({ code: 'invisible-character', file: 'places.yaml', line: 12, where: 'YAML', details: { found: '朔州\u202e市州朔', char: '\u202e', in: 'value' } })],
  ['script-in-story', 'a <script> in a story body', () => mistake({ code: 'story-html-tag', file: 'stories/prices.mdx', line: 13, column: 1, details: { found: '<script>', components: editorComponents } })],
  ['javascript-link', 'a Markdown link to javascript:', () => mistake({ code: 'link-unsafe', file: 'stories/prices.mdx', line: 11, column: 66, details: { found: 'javascript:alert(1)', scheme: 'javascript', kind: 'link' } })],
  ['code-in-story', 'a {…} expression reading the build environment into a page', () => mistake({ code: 'story-expression', file: 'stories/prices.mdx', line: 11, column: 1, details: { found: '{process.env.HOME}' } })],
  ['code-in-prop', 'a chart prop computed by JavaScript', () => mistake({ code: 'prop-code', file: 'stories/prices.mdx', line: 13, column: 1, where: propWhere('BarChart', 'title'), details: { found: '{String(globalThis.process?.env.HOME)}' } })],
  ['unknown-dataset', 'a chart naming a dataset that does not exist', () => mistake({ code: 'dataset-unknown', file: 'stories/prices.mdx', line: 13, column: 1, where: propWhere('BarChart', 'dataset'), details: { found: 'price', known: ['prices'] } })],
  ['unknown-column', 'a chart naming a column the dataset lacks', (at) => mistake({
    code: 'column-unknown',
    file: 'stories/prices.mdx',
    line: 13,
    column: 1,
    where: propWhere('BarChart', 'value'),
    details: { found: 'non_residential', dataset: 'prices', columns: numericColumns, wanted: 'numeric', meta: prices(at) },
  })],
  ['wrong-column-type', 'a text column where a chart needs numbers', () => mistake({
    code: 'column-wrong-type',
    file: 'stories/prices.mdx',
    line: 13,
    column: 1,
    where: propWhere('BarChart', 'value'),
    details: { found: 'city', type: 'string', wanted: 'numeric', alternatives: numericColumns },
  })],
  ['annotation-digits', 'a number typed into an annotation label', () => mistake({ code: 'prop-text-digits', file: 'stories/prices.mdx', line: 13, column: 1, where: propWhere('BarChart', 'annotations[0].label'), details: { found: '全省均价3元', in: 'annotation' } })],
  ['unknown-row', 'a <Num> naming a row the dataset lacks', () => mistake({ code: 'row-unknown', file: 'stories/prices.mdx', line: 11, column: 9, where: propWhere('Num', 'row'), details: { found: '忻州', dataset: 'prices', key: 'city', rows: ['大同', '朔州'] } })],
  ['num-missing-column', 'a <Num> naming a column the dataset lacks', (at) => mistake({
    code: 'column-unknown',
    file: 'stories/prices.mdx',
    line: 11,
    column: 9,
    where: propWhere('Num', 'column'),
    details: { found: 'non_residential', dataset: 'prices', columns: numericColumns, wanted: 'numeric', meta: prices(at) },
  })],
  ['short-figure-unknown-alias', 'a short figure <Num d="…"> naming an alias the frontmatter does not give', () => mistake({ code: 'figure-alias-unknown', file: 'stories/prices.mdx', line: 12, column: 9, where: propWhere('Num', 'd'), details: { found: 'q', aliases: ['p'] } })],
  ['short-figure-malformed', 'a short figure typed with a Chinese full stop (p。朔州)', () => mistake({ code: 'figure-ref-malformed', file: 'stories/prices.mdx', line: 12, column: 9, where: propWhere('Num', 'd'), details: { found: 'p。朔州.residential' } })],
  ['short-figure-both-forms', 'a short figure with the long form\'s column beside it', () => mistake({ code: 'figure-both-forms', file: 'stories/prices.mdx', line: 12, column: 9, where: propWhere('Num', 'd'), details: { found: 'p.朔州', props: ['column'] } })],
  ['short-figure-no-main-column', 'a short figure without a column, of a dataset with two numeric columns and no mainColumn', (at) => mistake({
    code: 'figure-main-column-missing',
    file: 'stories/prices.mdx',
    line: 12,
    column: 9,
    where: propWhere('Num', 'd'),
    details: { found: 'p.朔州', dataset: 'prices', columns: numericColumns, meta: prices(at) },
  })],
  ['short-figure-unknown-row', 'a short figure naming a row the dataset lacks', () => mistake({ code: 'row-unknown', file: 'stories/prices.mdx', line: 12, column: 9, where: propWhere('Num', 'd'), details: { found: '忻州', dataset: 'prices', key: 'city', rows: ['大同', '朔州'] } })],
  ['short-figure-on-chart', 'a chart given a short figure\'s d', () => mistake({ code: 'figure-d-not-num', file: 'stories/prices.mdx', line: 14, column: 1, where: propWhere('BarChart', 'd'), details: { found: 'p.朔州', component: 'BarChart' } })],
  ['figure-directive-unknown-alias', 'a figure written as a directive, :num[…], naming an alias the frontmatter does not give', () => mistake({ code: 'figure-alias-unknown', file: 'stories/prices.mdx', line: 12, column: 9, where: propWhere('Num', 'd'), details: { found: 'q', aliases: ['p'] } })],
  ['figure-directive-unknown-row', 'a figure written as a directive naming a row the dataset lacks', () => mistake({ code: 'row-unknown', file: 'stories/prices.mdx', line: 12, column: 9, where: propWhere('Num', 'd'), details: { found: '忻州', dataset: 'prices', key: 'city', rows: ['大同', '朔州'] } })],
  ['figure-directive-full-width', 'a figure directive typed with the Chinese input method\'s colon (：num[…])', () => mistake({ code: 'figure-directive-malformed', file: 'stories/prices.mdx', line: 12, column: 9, where: '正文的 :num', details: { found: '：num[p.朔州.residential]', mistake: 'full-width' } })],
  ['figure-directive-attributes', 'a figure directive with {column=…} after it, the column not written in its brackets', () => mistake({ code: 'figure-directive-malformed', file: 'stories/prices.mdx', line: 12, column: 9, where: '正文的 :num', details: { found: ':num[p.朔州]{column=residential}', mistake: 'attributes' } })],
  ['directive-unknown', 'a half-width colon before Chinese words (时间:下午), which the parser reads as a directive', () => mistake({ code: 'directive-unknown', file: 'stories/prices.mdx', line: 12, column: 38, where: '正文的指令', details: { found: ':下午五点', name: '下午五点', kind: 'text', directives } })],
  ['directive-leaf', 'a leaf directive (::note[…]) the desk does not define', () => mistake({ code: 'directive-unknown', file: 'stories/prices.mdx', line: 12, column: 1, where: '正文的指令（一行开头的 ::，叶指令）', details: { found: '::note[朔州的居民价格是:num[p.朔州.residential]。]', name: 'note', kind: 'leaf', directives } })],
  ['directive-container', 'a container directive (:::note) the desk does not define', () => mistake({ code: 'directive-unknown', file: 'stories/prices.mdx', line: 12, column: 1, where: '正文的指令（:::，容器指令）', details: { found: ':::note', name: 'note', kind: 'container', directives } })],
  ['data-alias-unknown-dataset', 'frontmatter data giving an alias to a dataset that does not exist', () => mistake({ code: 'dataset-unknown', file: 'stories/prices.mdx', line: 9, where: fieldWhere(['data', 'p'], 'frontmatter '), details: { found: 'price', known: ['prices'] } })],
  ['data-alias-invalid', 'frontmatter data with an alias in capitals', () => mistake({ code: 'data-alias-invalid', file: 'stories/prices.mdx', line: 9, where: fieldWhere(['data', 'P'], 'frontmatter '), details: { field: 'data.P', found: 'prices' } })],
  ['main-column-invalid', 'mainColumn naming a text column', () => mistake({ code: 'main-column-invalid', file: 'data/prices.yaml', line: 10, where: fieldWhere(['mainColumn']), details: { found: 'city', columns: ['residential', 'months'] } })],
  ['dataset-fields-empty', 'a dataset YAML as npm run new-dataset writes it, every field only the editor knows still empty', () => mistake(datasetFieldsEmpty[0]!)],
  ['line-chart-season-on-years', 'the season axis asked of a line over years', () => mistake({ code: 'line-season-axis-not-date', file: 'stories/prices.mdx', line: 13, column: 1, where: propWhere('LineChart', 'axis'), details: { found: 'season', column: 'year', type: 'integer' } })],
  ['season-calendar-end-before-start', 'a heating period that ends before it starts', (at) => mistake({
    code: 'calendar-end-before-start',
    file: 'stories/prices.mdx',
    line: 13,
    column: 1,
    where: propWhere('SeasonCalendar', 'end'),
    details: { found: '2022-10-15', start: '2023-04-15', column: 'end', row: '城区', csv: at('data/periods.csv') },
  })],
];
