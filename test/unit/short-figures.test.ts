import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { storyElements } from '../../src/check/mdx.ts';
import { validateFrontmatter } from '../../src/data/frontmatter.ts';
import { loadAllDatasets } from '../../src/data/load-all.ts';
import { mainColumnOf } from '../../src/data/main-column.ts';
import { readRegistry } from '../../src/data/registry.ts';
import type { SiteContent } from '../../src/data/site.ts';
import { storyText } from '../../src/editorial/story-text.ts';
import { fieldWhere, propWhere } from '../../src/errors/where.ts';
import { resolveNum } from '../../src/inline/num.ts';
import { aliasedData, boundProps, parseFigureRef } from '../../src/mdx/data-aliases.ts';
import type { ColumnMeta } from '../../src/schemas/dataset-meta.ts';
import { root } from '../support/build.ts';
import { expectEditorError } from '../support/editor-errors.ts';

/** Short bound figures (src/mdx/data-aliases.ts, docs/WRITING.md): data: aliases, <Num d="alias.row[.column]" />, dataset="alias". */

const aliases = new Map([
  ['cap', 'shuozhou-heat-capacity-2022'],
  ['ops', 'baotou-heat-group-operations-2025-2026'],
]);
const file = 'content/stories/x.mdx';
const at = { file, line: 12, column: 9 };
const num = (where = 'd') => ({ code: 'figure-ref-malformed' as const, file, line: 12, column: 9, where: propWhere('Num', where) });

describe('d: alias, row key and optionally the column', () => {
  it('reads alias.row and alias.row.column, nothing else', () => {
    expect(parseFigureRef('cap.chp_plants')).toEqual({ alias: 'cap', row: 'chp_plants' });
    expect(parseFigureRef('cap.神头二电厂.units')).toEqual({ alias: 'cap', row: '神头二电厂', column: 'units' });
    for (const bad of ['cap', 'cap.', '.chp_plants', 'cap..value', 'cap.a.b.c', 'cap。chp_plants', 'cap.chp plants', ' cap.chp_plants']) expect(parseFigureRef(bad), bad).toBeUndefined();
  });

  it('sets the long form a short figure stands for: the alias\'s dataset, the row, the column only when written', () => {
    expect(boundProps('Num', { d: 'cap.chp_plants' }, aliases, at)).toEqual({ dataset: 'shuozhou-heat-capacity-2022', row: 'chp_plants' });
    expect(boundProps('Num', { d: 'ops.repairs.percent' }, aliases, at)).toEqual({ dataset: 'baotou-heat-group-operations-2025-2026', row: 'repairs', column: 'percent' });
    // Any component's dataset= may be an alias; a dataset id stays as it is: the long form is valid.
    expect(boundProps('Chart', { dataset: 'cap', label: 'label' }, aliases, at)).toEqual({ dataset: 'shuozhou-heat-capacity-2022' });
    expect(boundProps('Period', { dataset: 'cap' }, aliases, at)).toEqual({ dataset: 'shuozhou-heat-capacity-2022' });
    expect(boundProps('Num', { dataset: 'shuozhou-heat-capacity-2022', row: 'chp_plants', column: 'value' }, aliases, at)).toEqual({});
    expect(boundProps('Num', { dataset: 'cap', row: 'chp_plants', column: 'value' }, aliases, at)).toEqual({ dataset: 'shuozhou-heat-capacity-2022' });
  });

  it('refuses each mistake of the short form at the component, as the prop d', () => {
    expectEditorError(() => boundProps('Num', { d: 'cap。chp_plants' }, aliases, at), { ...num(), details: { found: 'cap。chp_plants' } });
    expectEditorError(() => boundProps('Num', { d: true }, aliases, at), { ...num(), details: { found: 'true' } });
    expectEditorError(() => boundProps('Num', { d: 'capacity.chp_plants' }, aliases, at), { ...num(), code: 'figure-alias-unknown', details: { found: 'capacity', aliases: ['cap', 'ops'] } });
    expectEditorError(() => boundProps('Num', { d: 'cap.chp_plants' }, new Map(), at), { ...num(), code: 'figure-alias-unknown', details: { found: 'cap', aliases: [] } });
    expectEditorError(() => boundProps('Num', { d: 'cap.chp_plants', column: 'value', dataset: 'cap' }, aliases, at), { ...num(), code: 'figure-both-forms', details: { found: 'cap.chp_plants', props: ['dataset', 'column'] } });
    expectEditorError(() => boundProps('Period', { d: 'cap' }, aliases, at), { ...num(), where: propWhere('Period', 'd'), code: 'figure-d-not-num', details: { found: 'cap', component: 'Period' } });
  });
});

describe('the main column: what a short figure without a column shows', () => {
  const column = (name: string, type: ColumnMeta['type']): ColumnMeta => ({ name, type, label: name, optional: false });
  it('is the one mainColumn names, else the only numeric column, else none', () => {
    const columns = [column('key', 'string'), column('value', 'number'), column('percent', 'percent'), column('date', 'date')];
    expect(mainColumnOf({ columns, mainColumn: 'value' })?.name).toBe('value');
    expect(mainColumnOf({ columns })).toBeUndefined();
    expect(mainColumnOf({ columns: [column('key', 'string'), column('count', 'integer'), column('date', 'date')] })?.name).toBe('count');
    expect(mainColumnOf({ columns, mainColumn: 'key' })).toBeUndefined();
  });

  const content = path.join(root, 'content');
  const site = (): SiteContent => {
    const registry = readRegistry(content);
    return { datasets: new Map(loadAllDatasets(content).map((d) => [d.id, d])), places: new Map(registry.places.map((p) => [p.id, p])), sources: new Map(registry.sources.map((s) => [s.id, s])) };
  };

  it('<Num d="…"> shows the figure its long form shows, the main column when it names none', () => {
    const context = site();
    const long = (dataset: string, row: string, column: string) => resolveNum({ dataset, row, column }, context, file).text;
    // shuozhou-heat-capacity-2022 declares mainColumn: value; shuozhou-heating-coverage-2022 has one numeric column.
    expect(resolveNum({ d: 'cap.chp_plants', dataset: 'shuozhou-heat-capacity-2022', row: 'chp_plants' }, context, file).text).toBe(long('shuozhou-heat-capacity-2022', 'chp_plants', 'value'));
    const coverage = loadAllDatasets(content).find((d) => d.id === 'shuozhou-heating-coverage-2022')!;
    const row = String(coverage.rows[0]![coverage.meta.columns[0]!.name]);
    expect(resolveNum({ d: `cov.${row}`, dataset: coverage.id, row }, context, file).text).toBe(long(coverage.id, row, 'percent'));
  });

  it('names a mistake found in the data as the prop d: an unknown row or column, no main column', () => {
    const context = site();
    const source = `${file}:12:9`;
    expectEditorError(() => resolveNum({ d: 'cap.nope', dataset: 'shuozhou-heat-capacity-2022', row: 'nope', __source: source }, context), { code: 'row-unknown', file, line: 12, column: 9, where: propWhere('Num', 'd') });
    expectEditorError(() => resolveNum({ d: 'cap.chp_plants.valu', dataset: 'shuozhou-heat-capacity-2022', row: 'chp_plants', column: 'valu', __source: source }, context), { code: 'column-unknown', file, line: 12, column: 9, where: propWhere('Num', 'd') });
    expectEditorError(() => resolveNum({ d: 'prices.shuozhou', dataset: 'shanxi-city-heating-prices-2022', row: 'shuozhou', __source: source }, context), {
      code: 'figure-main-column-missing',
      file,
      line: 12,
      column: 9,
      where: propWhere('Num', 'd'),
    });
  });
});

describe('the frontmatter data: aliases of datasets that exist', () => {
  const registry = { placeIds: new Set(['baotou']), sourceIds: new Set(['baotou-season-end-2026']) };
  const story = (data: string) => `---\ntitle: 包头这个采暖季\ndek: 两家供热单位交出的数字账本，我们把它们整理成数据。\ndate: 2026-11-23\nseason: 2025-2026\nplaces: [baotou]\nsources: [baotou-season-end-2026]\n${data}\n---\n\n正文。\n`;
  const datasets = new Set(['baotou-heating-scale-2025-2026', 'scale']);

  it('takes aliases of datasets content/data/ has', () => {
    expect(validateFrontmatter(story('data: { sc: baotou-heating-scale-2025-2026 }'), file, registry, undefined, datasets).data).toEqual({ sc: 'baotou-heating-scale-2025-2026' });
    expect(validateFrontmatter(story('data:\n  scale: scale'), file, registry, undefined, datasets).data).toEqual({ scale: 'scale' });
    expect(validateFrontmatter(story(''), file, registry, undefined, datasets).data).toEqual({});
  });

  it('refuses an alias of a dataset that does not exist, an alias that is another dataset\'s id, an alias in capitals', () => {
    const where = (alias: string) => fieldWhere(['data', alias], 'frontmatter ');
    expectEditorError(() => validateFrontmatter(story('data:\n  sc: baotou-heating-scale-2025'), file, registry, undefined, datasets), {
      code: 'dataset-unknown',
      file,
      line: 9,
      where: where('sc'),
      details: { found: 'baotou-heating-scale-2025', known: ['baotou-heating-scale-2025-2026', 'scale'] },
    });
    expectEditorError(() => validateFrontmatter(story('data: { scale: baotou-heating-scale-2025-2026 }'), file, registry, undefined, datasets), {
      code: 'data-alias-is-dataset',
      file,
      line: 8,
      where: where('scale'),
      details: { found: 'scale', dataset: 'baotou-heating-scale-2025-2026' },
    });
    expectEditorError(() => validateFrontmatter(story('data: { Sc: scale }'), file, registry, undefined, datasets), { code: 'data-alias-invalid', file, line: 8, where: where('Sc') });
  });
});

describe('the readers of a story\'s MDX read the short form as the build does', () => {
  const mdx = `---\ntitle: 标题\ndata: { cap: shuozhou-heat-capacity-2022 }\n---\n\n面积<Num d="cap.chp_plants" />，<Period dataset="cap" />。\n\n<BarChart dataset="cap" label="label" value="value" />\n`;

  it('check:content compiles it with the frontmatter\'s aliases, as @astrojs/mdx does', () => {
    const elements = storyElements(path.join(root, file), mdx);
    expect(elements.map(({ name, props }) => [name, props.dataset, props.row, props.column])).toEqual([
      ['Num', 'shuozhou-heat-capacity-2022', 'chp_plants', undefined],
      ['Period', 'shuozhou-heat-capacity-2022', undefined, undefined],
      ['Chart', 'shuozhou-heat-capacity-2022', undefined, undefined],
    ]);
    expect(elements[0]!.props.d).toBe('cap.chp_plants');
  });

  it('check:stories renders each figure from the props it stands for', () => {
    const seen: Record<string, string>[] = [];
    storyText(mdx, (name, props) => (seen.push({ name, ...props }), ''));
    expect(seen).toEqual([
      { name: 'Num', d: 'cap.chp_plants', dataset: 'shuozhou-heat-capacity-2022', row: 'chp_plants' },
      { name: 'Period', dataset: 'shuozhou-heat-capacity-2022' },
    ]);
  });
});

describe('an alias in the data of items and annotations, as in dataset="alias"', () => {
  const fm = (data: string) => `---\ntitle: 标题\n${data}\n---\n\n`;
  const items = (scale: string, area: string) =>
    `<BigNumbers items={[\n  { dataset: "${scale}", row: "heating_area", column: "value", label: "集中供热实供面积" },\n  { dataset: "${area}", row: "area_per_household", column: "value" },\n]} title="规模" />\n\n` +
    `<BarChart dataset="${scale}" label="label" value="value" annotations={[{ x: { dataset: "${scale}", row: "households", column: "value" }, label: "户数" }]} />\n`;
  const aliases = 'data:\n  scale: hongqiao-heating-scale-2024-2025\n  area: hongqiao-heated-area-per-household-2024-2025';
  const ids = ['hongqiao-heating-scale-2024-2025', 'hongqiao-heated-area-per-household-2024-2025'] as const;

  it('gives each { dataset: "alias" } of the data the dataset id, and leaves data without an alias as written', () => {
    const map = new Map([['scale', ids[0]]]);
    expect(aliasedData('[{ dataset: "scale", row: "a", column: "value", label: "甲" }, { dataset: "other", row: "b" }]', map)).toBe(
      JSON.stringify([{ dataset: ids[0], row: 'a', column: 'value', label: '甲' }, { dataset: 'other', row: 'b' }]),
    );
    expect(aliasedData('[{ x: 2020, y: { dataset: "scale", row: "a", column: "value" }, label: "乙" }]', map)).toBe(JSON.stringify([{ x: 2020, y: { dataset: ids[0], row: 'a', column: 'value' }, label: '乙' }]));
    expect(aliasedData('[{ dataset: "hongqiao-heating-scale-2024-2025", row: "a" }]', map)).toBeUndefined();
    expect(aliasedData('[{ label: "scale" }]', map)).toBeUndefined();
    expect(aliasedData('[{ dataset: "scale" }]', new Map())).toBeUndefined();
  });

  it('check:content, and so the build, hands the components the props the ids give', () => {
    const withAliases = storyElements(path.join(root, file), fm(aliases) + items('scale', 'area'));
    const withIds = storyElements(path.join(root, file), fm(aliases) + items(...ids));
    expect(withAliases).toEqual(withIds);
    expect((withAliases[0]!.props.items as { dataset: string }[]).map((item) => item.dataset)).toEqual([...ids]);
    expect((withAliases[1]!.props.annotations as { x: { dataset: string } }[])[0]!.x.dataset).toBe(ids[0]);
  });
});
