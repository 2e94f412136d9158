import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';
import { charts } from '../../src/charts/index.ts';

const siteDir = inject('siteDir');
const doc = parseHTML(readFileSync(path.join(siteDir, 'gallery', 'index.html'), 'utf8')).document;
const figures = (kind: string) => [...doc.querySelectorAll(`figure.chart[data-chart="${kind}"]`)];
const text = (element: Element | null | undefined) => element?.textContent?.trim() ?? null;

describe('the gallery', () => {
  it('shows every chart type of the registry with every one of its examples, each beside the MDX that makes it', () => {
    // On this site's content no example falls back to saying why it cannot be drawn.
    expect(doc.querySelectorAll('.gallery-problem')).toHaveLength(0);
    const sections = [...doc.querySelectorAll('section.gallery-entry')];
    expect(sections.map((section) => text(section.querySelector('h2 code')))).toEqual(charts.components.map((name) => `<${name}>`));
    for (const [index, type] of charts.types.entries()) {
      const section = sections[index]!;
      const shown = section.querySelectorAll(':scope > figure.chart, :scope > figure.data-table, :scope > section.big-numbers');
      expect(shown.length, type.component).toBe(type.gallery.examples.length);
      const sources = [...section.querySelectorAll('.gallery-source code')].map((code) => text(code));
      expect(sources.length, type.component).toBe(type.gallery.examples.length);
      for (const source of sources) expect(source).toMatch(new RegExp(`^<${type.component} .*/>$`));
    }
  });

  it('names each chart’s data table by the chart’s title, so a screen reader’s list of tables tells them apart', () => {
    const charts = [...doc.querySelectorAll('figure.chart')];
    expect(charts.length).toBeGreaterThan(0);
    for (const figure of charts) expect(text(figure.querySelector('.chart__data table caption'))).toBe(text(figure.querySelector('.chart__title')));
  });
});

describe('the gallery’s grouped, progress and dumbbell charts', () => {
  it('draws each twice (phone and desktop) as a labelled image, with a legend and the series each mark belongs to', () => {
    for (const [kind, seriesBy] of [['grouped-bar', 'fill'], ['progress', 'fill'], ['dumbbell', 'fill']] as const) {
      const drawn = figures(kind);
      expect(drawn.length, kind).toBe(2);
      for (const figure of drawn) {
        const svgs = figure.querySelectorAll('svg[role="img"]');
        expect(svgs).toHaveLength(2);
        for (const svg of svgs) expect(svg.getAttribute('aria-label')).toBe(text(figure.querySelector('.chart__title')));
        expect(figure.getAttribute('data-series-by')).toBe(seriesBy);
        expect(figure.querySelectorAll('.chart__legend li').length).toBeGreaterThanOrEqual(2);
        expect(svgs[0]!.querySelectorAll('title').length).toBeGreaterThan(0);
      }
    }
  });

  it('says each chart in words computed from the datasets', () => {
    expect(figures('grouped-bar').map((f) => text(f.querySelector('.chart__summary')))).toEqual([
      '居民热价（按建筑面积）：太原最高，为3.6元/平方米·月；朔州最低，为2.52元/平方米·月。非居民热价（按建筑面积）：太原最高，为7.5元/平方米·月；朔州最低，为4.8元/平方米·月。大同的非居民热价（按建筑面积）报道未给出。',
      '供热能力合计4400万平方米，其中神头二电厂2000万平方米（占45%），华电朔州热电分公司1200万平方米（占27%），晋能朔州热电厂1200万平方米（占27%）。供热能力中苏晋朔州煤研石发电有限公司的数值报道未给出，未计入合计。',
    ]);
    expect(figures('progress').map((f) => text(f.querySelector('.chart__summary')))).toEqual([
      '二期已改造2164户，为计划改造5301户的约40.8%。一期和二期合计已改造3400多户，为计划改造7011户的约49%。',
      '外窗换新已完成施工安装11户，为已签约311户的约3.5%。暖气片换新已完成施工安装329户，为已签约688户的约47.8%。',
    ]);
    expect(figures('dumbbell').map((f) => text(f.querySelector('.chart__summary')))).toEqual([
      '陶瓷微珠保温试验：应用前100摄氏度，应用后50摄氏度以内，至少降低了50摄氏度。',
      '二氧化硫平均浓度：2021年15微克/立方米，报道所说“去年以来”10微克/立方米以下，至少降低了5微克/立方米。',
    ]);
  });

  it('keeps the figures the report leaves out in the data table', () => {
    const rows = [...figures('grouped-bar')[0]!.querySelectorAll('.chart__data tbody tr')].map((row) => [...row.children].map((cell) => text(cell)));
    expect(rows).toContainEqual(['大同', '3.52元/平方米·月', '报道未给出']);
    const stacked = [...figures('grouped-bar')[1]!.querySelectorAll('.chart__data tbody tr')].map((row) => [...row.children].map((cell) => text(cell)));
    expect(stacked.at(-2)).toEqual(['苏晋朔州煤研石发电有限公司', '报道未给出']);
    expect(stacked.at(-1)).toEqual(['合计', '4400万平方米']);
  });
});
