import type * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { pairedFigure, type PairedChart, type PairedDatum, type PairedProps, type PairedSpecOptions } from '../../src/charts/common/paired-figure.ts';
import { chartContext } from '../support/chart-context.ts';
import { pairedDatasets } from '../support/paired-datasets.ts';
import { expectPropError, propMistake } from '../support/editor-errors.ts';

const context = chartContext(pairedDatasets);
const at = 'content/stories/x.mdx:12:1';

/** A two-figure chart of the test's own, with names neither real chart uses: the module knows none of them. */
const specCalls: { data: readonly PairedDatum<'from', 'to'>[]; options: PairedSpecOptions<'from', 'to'> }[] = [];
const chart: PairedChart<'from', 'to'> = {
  component: 'TestPairChart',
  kind: 'test-pair',
  first: { prop: 'from', word: 'chart.before', key: { color: 'var(--chart-muted)', shape: 'ring' } },
  second: { prop: 'to', word: 'chart.after', key: { color: 'var(--chart-series-1)', shape: 'dot' } },
  sortKey: (d) => (d.from && d.to ? d.to.value - d.from.value : null),
  spec: (data, _layout, options) => {
    specCalls.push({ data, options });
    return { marks: [] } as Plot.PlotOptions;
  },
  summary: (data, words) => `${data.length}项，${words.fromLabel}→${words.toLabel}（${words.unit}）`,
  third: { header: 'chart.change', cell: (d) => ({ text: d.from && d.to ? String(d.to.value - d.from.value) : '—', value: d.from && d.to ? d.to.value - d.from.value : null }) },
};
const figure = (props: Omit<PairedProps<'from', 'to'>, '__source'>, options = {}) => pairedFigure(chart, { ...props, __source: at }, context, undefined, options);
const texts = (rows: { text: string }[][]) => rows.map((row) => row.map((cell) => cell.text));
const phases = { dataset: 'phases', label: 'phase', from: 'planned', to: 'done' };

describe('pairedFigure', () => {
  it('reads a wide table under the chart’s own prop names, the columns’ labels as legend words', () => {
    const model = figure(phases);
    expect(model.kind).toBe('test-pair');
    expect(texts(model.table.rows)).toEqual([
      ['一期', '1700户', '1800户', '100'],
      ['二期', '5301户', '2164户', '-3137'],
      ['三期', '4000户', '3400余户', '-600'],
      ['四期', '报道未给出', '报道未给出', '—'],
    ]);
    expect(model.table.columns.map((c) => c.label)).toEqual(['期次', '计划改造户数', '已改造户数', '变化']);
    expect(model.table.columns.map((c) => c.numeric)).toEqual([false, true, true, true]);
    expect(model.legend).toEqual([
      { label: '计划改造户数', color: 'var(--chart-muted)', shape: 'ring' },
      { label: '已改造户数', color: 'var(--chart-series-1)', shape: 'dot' },
    ]);
    expect(model.summary).toBe('4项，计划改造户数→已改造户数（户）');
    expect(model.unit).toBe('户');
    expect(model.seriesBy).toBe('fill');
  });

  it('takes the legend words from the editor, else from the chart’s defaults in a long table', () => {
    expect(figure({ ...phases, fromLabel: '甲', toLabel: '乙' }).legend!.map((item) => item.label)).toEqual(['甲', '乙']);
    const long = figure({ dataset: 'works', value: 'value', from: 'temp_before', to: 'temp_after', labels: '保温试验' });
    expect(long.legend!.map((item) => item.label)).toEqual(['之前', '之后']);
    expect(long.table.columns.map((c) => c.label)).toEqual(['项目', '之前', '之后', '变化']);
  });

  it('sorts by the chart’s key, items without one last', () => {
    expect(figure({ ...phases, sort: 'ascending' }).table.rows.map((row) => row[0]!.text)).toEqual(['二期', '三期', '一期', '四期']);
    expect(figure({ ...phases, sort: 'descending' }).table.rows.map((row) => row[0]!.text)).toEqual(['一期', '三期', '二期', '四期']);
  });

  it('hands the spec the sorted items, highlighted by name, the words, a shared domain and the annotations', () => {
    specCalls.length = 0;
    const model = figure({ ...phases, highlight: '二期', annotations: [{ x: 3000, label: '目标' }] }, { domain: [0, 9000], compactOnly: true });
    expect(model.panels[0]!.specs.map((spec) => spec.layout.name)).toEqual(['compact']);
    expect(specCalls).toHaveLength(1);
    const [{ data, options }] = specCalls as [(typeof specCalls)[number]];
    expect(data.filter((d) => d.highlight).map((d) => d.label)).toEqual(['二期']);
    expect(data[0]).toMatchObject({ label: '一期', from: { value: 1700, text: '1700户' }, to: { value: 1800 } });
    expect(options).toEqual({ unit: '户', fromLabel: '计划改造户数', toLabel: '已改造户数', domain: [0, 9000], annotations: [{ x: 3000, y: undefined, label: '目标' }] });
  });

  it('names the chart’s own props and component in an editor’s mistakes', () => {
    const columns = [
      { name: 'planned', label: '计划改造户数' },
      { name: 'done', label: '已改造户数' },
      { name: 'area', label: '改造面积' },
    ];
    expectPropError(() => figure({ ...phases, fromLabel: '' }), at, 'TestPairChart', propMistake('prop-text-invalid', 'fromLabel', { found: '', prop: 'fromLabel', fallback: '计划改造户数' }));
    expectPropError(() => figure({ ...phases, to: 'nosuch' }), at, 'TestPairChart', propMistake('column-unknown', 'to', { found: 'nosuch', dataset: 'phases', columns, wanted: 'numeric', meta: 'content/data/phases.yaml' }));
    expectPropError(
      () => figure({ ...phases, sort: 'bogus' as 'none' }),
      at,
      'TestPairChart',
      propMistake('prop-choice-invalid', 'sort', { found: 'bogus', prop: 'sort', choices: ['none', 'descending', 'ascending'], fallback: 'none' }),
    );
  });

  it('gives the figure an id from the props that tell it apart on its page', () => {
    expect(figure(phases).id).toBe(figure({ ...phases, sort: 'descending' }).id);
    expect(figure(phases).id).not.toBe(figure({ ...phases, to: 'planned' }).id);
  });
});
