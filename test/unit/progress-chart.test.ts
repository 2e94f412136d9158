import { describe, expect, it } from 'vitest';
import { progressFigure, type ProgressChartProps } from '../../src/charts/progress/figure.ts';
import { chartContext } from '../support/chart-context.ts';
import { pairedDatasets } from '../support/paired-datasets.ts';
import { expectPropError, propMistake, type PropMistake } from '../support/editor-errors.ts';

const context = chartContext(pairedDatasets);
const at = 'content/stories/x.mdx:12:1';
const figure = (props: Omit<ProgressChartProps, '__source'>) => progressFigure({ ...props, __source: at }, context);
const texts = (rows: { text: string }[][]) => rows.map((row) => row.map((cell) => cell.text));
const renovation = { dataset: 'works', value: 'value', planned: 'windows_signed、radiators_signed', done: 'windows_installed、radiators_installed', labels: '外窗换新、暖气片换新' };

describe('progressFigure', () => {
  it('reads a wide table: a row per item, shares computed, done beyond planned said, missing figures kept', () => {
    const model = figure({ dataset: 'phases', label: 'phase', planned: 'planned', done: 'done' });
    expect(texts(model.table.rows)).toEqual([
      ['一期', '1700户', '1800户', '约105.9%'],
      ['二期', '5301户', '2164户', '约40.8%'],
      ['三期', '4000户', '3400余户', '约85%'],
      ['四期', '报道未给出', '报道未给出', '—'],
    ]);
    expect(model.table.columns.map((c) => c.label)).toEqual(['期次', '计划改造户数', '已改造户数', '完成比例']);
    expect(model.summary).toBe('一期已改造户数1800户，为计划改造户数1700户的约105.9%，超过了计划改造户数。二期已改造户数2164户，为计划改造户数5301户的约40.8%。三期已改造户数3400余户，为计划改造户数4000户的约85%。另有1项报道未给出计划改造户数或已改造户数的数值，未计算比例。');
    expect(model.legend).toEqual([
      { label: '计划改造户数', color: 'var(--chart-series-1)', shape: 'track' },
      { label: '已改造户数', color: 'var(--chart-series-1)', shape: 'bar' },
    ]);
    expect(model.seriesBy).toBe('fill');
    expect(model.unit).toBe('户');
  });

  it('pairs rows of a long table by key, named by labels, sorted by share', () => {
    const model = figure({ ...renovation, plannedLabel: '已签约', doneLabel: '已安装', sort: 'descending' });
    expect(texts(model.table.rows)).toEqual([
      ['暖气片换新', '688户', '329户', '约47.8%'],
      ['外窗换新', '311户', '11户', '约3.5%'],
    ]);
    expect(model.table.columns.map((c) => c.label)).toEqual(['项目', '已签约', '已安装', '完成比例']);
    expect(model.summary).toBe('暖气片换新已安装329户，为已签约688户的约47.8%。外窗换新已安装11户，为已签约311户的约3.5%。');
  });

  it('names long-table items from a label column in the first row of each pair', () => {
    const model = figure({ dataset: 'works', value: 'value', planned: 'windows_signed', done: 'windows_installed', label: 'label' });
    expect(model.table.rows[0]![0]!.text).toBe('外窗换新已签约');
    expect(model.legend!.map((item) => item.label)).toEqual(['计划', '已完成']);
  });

  const phaseColumns = [
    { name: 'planned', label: '计划改造户数' },
    { name: 'done', label: '已改造户数' },
    { name: 'area', label: '改造面积' },
  ];
  const phases = { dataset: 'phases', label: 'phase', planned: 'planned', done: 'done' };
  const works = { dataset: 'works', key: 'measure', rows: ['windows_signed', 'windows_installed', 'radiators_signed', 'radiators_installed', 'pipe_km', 'temp_before', 'temp_after'] };
  const cases: [string, Omit<ProgressChartProps, '__source'>, PropMistake][] = [
    ['a column that does not exist', { ...phases, planned: 'planed' }, propMistake('column-unknown', 'planned', { found: 'planed', dataset: 'phases', columns: phaseColumns, wanted: 'numeric', meta: 'content/data/phases.yaml' })],
    ['a text column', { ...phases, done: 'note' }, propMistake('column-wrong-type', 'done', { found: 'note', type: 'string', wanted: 'numeric', alternatives: phaseColumns })],
    ['planned and done in different units', { ...phases, done: 'area' }, propMistake('prop-units-differ', 'done', { units: [{ name: 'planned', unit: '户' }, { name: 'area', unit: '万平方米' }] })],
    ['labels on a wide table', { ...phases, labels: '甲、乙' }, propMistake('pair-long-only-prop', 'labels', { found: '甲、乙', prop: 'labels' })],
    ['a key on a wide table', { ...phases, key: 'phase' }, propMistake('pair-long-only-prop', 'key', { found: 'phase', prop: 'key' })],
    ['an empty legend word', { ...phases, plannedLabel: '' }, propMistake('prop-text-invalid', 'plannedLabel', { found: '', prop: 'plannedLabel', fallback: '计划改造户数' })],
    ['markup in a legend word', { ...phases, doneLabel: '<b>完成</b>' }, propMistake('prop-text-markup', 'doneLabel', { found: '<b>完成</b>' })],
    ['an unknown sort', { ...phases, sort: 'share' as 'none' }, propMistake('prop-choice-invalid', 'sort', { found: 'share', prop: 'sort', choices: ['none', 'descending', 'ascending'], fallback: 'none' })],
    ['a highlight that names no item', { ...phases, highlight: '五期' }, propMistake('prop-labels-unknown', 'highlight', { found: '五期', labels: ['一期', '二期', '三期', '四期'] })],
    [
      'fewer done keys than planned',
      { ...renovation, done: 'windows_installed' },
      propMistake('pair-keys-unequal', 'done', { found: 'windows_installed', first: 'planned', second: 'done', keys: ['windows_signed', 'radiators_signed'] }),
    ],
    ['a row key that does not exist', { ...renovation, done: 'windows_installed、radiator_installed' }, propMistake('row-unknown', 'done', { found: 'radiator_installed', ...works, paired: true })],
    ['no planned key', { ...renovation, planned: '' }, propMistake('pair-keys-missing', 'planned', { found: '', prop: 'planned', ...works })],
    [
      'paired rows in different units',
      { ...renovation, planned: 'windows_signed', done: 'pipe_km', labels: '外窗' },
      propMistake('prop-units-differ', 'value', { units: [{ name: 'windows_signed', unit: '户' }, { name: 'pipe_km', unit: '公里' }] }),
    ],
    ['fewer labels than pairs', { ...renovation, labels: '外窗' }, propMistake('pair-labels-count', 'labels', { found: '外窗', pairs: 2 })],
    ['a label repeated in labels', { ...renovation, labels: '外窗、外窗' }, propMistake('prop-list-repeated', 'labels', { found: '外窗、外窗', repeated: '外窗', what: 'label' })],
    ['both label and labels', { ...renovation, label: 'label' }, propMistake('pair-label-and-labels', 'labels', { found: '外窗换新、暖气片换新' })],
    ['neither label nor labels in a long table', { ...renovation, labels: undefined }, propMistake('pair-label-missing', 'label', {})],
    ['a key column that repeats values', { ...renovation, key: 'place' }, propMistake('pair-key-column-invalid', 'key', { found: 'place', dataset: 'works', columns: ['measure'] })],
    [
      'a long table without any key column',
      { dataset: 'nokey', value: 'value', planned: 'a', done: 'b', labels: '城区' },
      propMistake('pair-key-column-missing', 'key', { dataset: 'nokey', csv: 'content/data/nokey.csv' }),
    ],
    ['a horizontal reference line', { ...renovation, annotations: [{ y: '外窗换新', label: '重点' }] }, propMistake('annotation-horizontal-line', 'annotations[0]', { y: '外窗换新' })],
  ];
  for (const [what, props, mistake] of cases) {
    it(`fails on ${what}, at the MDX line`, () => {
      expectPropError(() => figure(props), at, 'ProgressChart', mistake);
    });
  }
});
