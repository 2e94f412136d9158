import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { storyElements } from '../../src/check/mdx.ts';
import { ChartIds, chartSlug } from '../../src/mdx/chart-ids.ts';
import { chartsOf } from '../../src/lib/story-parts.ts';
import { propWhere } from '../../src/errors/where.ts';
import { expectEditorError } from '../support/editor-errors.ts';

const story = path.resolve(import.meta.dirname, '../../content/stories/shuozhou-chp-air-quality-2022.mdx');
const idsOf = (text: string) => chartsOf(storyElements(story, text)).map((chart) => chart.id);

describe('chart ids', () => {
  it('name a chart by its type and dataset, counting repeats in document order', () => {
    const ids = new ChartIds();
    const at = { file: 'x.mdx', line: 1 };
    expect(ids.next({ component: 'BarChart', dataset: 'prices', ...at })).toBe('bar-prices');
    expect(ids.next({ component: 'GroupedBarChart', dataset: 'prices', ...at })).toBe('grouped-bar-prices');
    expect(ids.next({ component: 'BarChart', dataset: 'prices', ...at })).toBe('bar-prices-2');
    expect(ids.next({ component: 'BigNumbers', ...at })).toBe('big-numbers');
    expect(ids.next({ component: 'BigNumbers', ...at })).toBe('big-numbers-2');
    expect(ids.next({ component: 'BarChart', dataset: 'prices', id: 'heat-sources', ...at })).toBe('heat-sources');
    expect([chartSlug('SmallMultiples'), chartSlug('DataTable'), chartSlug('SeasonCalendar')]).toEqual(['small-multiples', 'data-table', 'season-calendar']);
  });

  it('are what the build compiles: each story counts its own charts', () => {
    const text = readFileSync(story, 'utf8');
    expect(idsOf(text)).toEqual([
      'bar-shuozhou-chp-installed-capacity-2022',
      'data-table-shuozhou-chp-heating-area-2020-2022',
      'small-multiples-shuozhou-heating-coverage-2022',
      'line-shuozhou-so2-2020-2022',
    ]);
    // Compiled twice (as in `astro dev`), the count starts again.
    expect(idsOf(text)).toEqual(idsOf(text));
  });

  it('do not change when the story is edited elsewhere', () => {
    const text = readFileSync(story, 'utf8');
    const before = idsOf(text);
    const lines = text.split('\n');
    const firstChart = lines.findIndex((line) => line.startsWith('<BarChart'));
    // A reworded paragraph, a retitled chart and a new chart of another type and dataset, all above the others.
    const edited = [
      ...lines.slice(0, firstChart),
      '新加的一段文字。',
      '',
      '<BigNumbers items={[{ dataset: "shuozhou-chp-installed-capacity-2022", row: "chp_plants", column: "value", label: "热电厂" }]} />',
      '',
      lines[firstChart]!.replace(/title="[^"]*"/, 'title="改过的标题"'),
      ...lines.slice(firstChart + 1),
    ].join('\n');
    const after = idsOf(edited);
    expect(after.filter((id) => id !== 'big-numbers')).toEqual(before);
    expect(after).toContain('big-numbers');
  });

  it('refuse an id that is not an id, and one a chart above has', () => {
    const ids = new ChartIds();
    const where = (component: string) => propWhere(component, 'id');
    expectEditorError(() => ids.next({ component: 'BarChart', id: 'Heat Sources', file: 'x.mdx', line: 3, column: 1 }), {
      code: 'chart-id-invalid', file: 'x.mdx', line: 3, column: 1, where: where('BarChart'), details: { found: 'Heat Sources' },
    });
    ids.next({ component: 'BarChart', dataset: 'prices', file: 'x.mdx', line: 5 });
    expectEditorError(() => ids.next({ component: 'LineChart', id: 'bar-prices', file: 'x.mdx', line: 9 }), {
      code: 'chart-id-duplicate', file: 'x.mdx', line: 9, where: where('LineChart'), details: { found: 'bar-prices', line: 5, written: true },
    });
    // A derived id that an editor's id above already took: this chart needs one of its own.
    ids.next({ component: 'DataTable', id: 'data-table-prices', file: 'x.mdx', line: 11 });
    expectEditorError(() => ids.next({ component: 'DataTable', dataset: 'prices', file: 'x.mdx', line: 13 }), {
      code: 'chart-id-duplicate', file: 'x.mdx', line: 13, where: where('DataTable'), details: { found: 'data-table-prices', line: 11, written: false },
    });
  });
});
