import { describe, expect, it } from 'vitest';
import { dumbbellFigure, type DumbbellChartProps } from '../../src/charts/dumbbell/figure.ts';
import { chartContext } from '../support/chart-context.ts';
import { pairedDatasets } from '../support/paired-datasets.ts';
import { expectPropError, propMistake, type PropMistake } from '../support/editor-errors.ts';

const context = chartContext(pairedDatasets);
const at = 'content/stories/x.mdx:12:1';
const figure = (props: Omit<DumbbellChartProps, '__source'>) => dumbbellFigure({ ...props, __source: at }, context);
const texts = (rows: { text: string }[][]) => rows.map((row) => row.map((cell) => cell.text));
const trial = { dataset: 'works', value: 'value', before: 'temp_before', after: 'temp_after', labels: '保温试验' };

describe('dumbbellFigure', () => {
  it('pairs rows of a long table and computes the change, bounded by the later figure’s qualifier', () => {
    const model = figure({ ...trial, beforeLabel: '应用前', afterLabel: '应用后' });
    expect(texts(model.table.rows)).toEqual([['保温试验', '100摄氏度', '50摄氏度以内', '至少降低了50摄氏度']]);
    expect(model.table.rows[0]![3]!.value).toBe(-50);
    expect(model.table.columns.map((c) => c.label)).toEqual(['项目', '应用前', '应用后', '变化']);
    expect(model.summary).toBe('保温试验：应用前100摄氏度，应用后50摄氏度以内，至少降低了50摄氏度。');
    expect(model.legend).toEqual([
      { label: '应用前', color: 'var(--chart-muted)', shape: 'ring' },
      { label: '应用后', color: 'var(--chart-series-1)', shape: 'dot' },
    ]);
    expect(model.seriesBy).toBe('fill');
    expect(model.unit).toBe('摄氏度');
  });

  it('reads a wide table with the columns’ labels as legend, sorted by the later figure, missing figures kept', () => {
    const model = figure({ dataset: 'phases', label: 'phase', before: 'planned', after: 'done', sort: 'descending' });
    expect(texts(model.table.rows)).toEqual([
      ['三期', '4000户', '3400余户', '降低了约600户'],
      ['二期', '5301户', '2164户', '降低了3137户'],
      ['一期', '1700户', '1800户', '提高了100户'],
      ['四期', '报道未给出', '报道未给出', '—'],
    ]);
    expect(model.legend!.map((item) => item.label)).toEqual(['计划改造户数', '已改造户数']);
    expect(model.summary).toBe('三期：计划改造户数4000户，已改造户数3400余户，降低了约600户。二期：计划改造户数5301户，已改造户数2164户，降低了3137户。一期：计划改造户数1700户，已改造户数1800户，提高了100户。另有1项报道未给出计划改造户数或已改造户数的数值，未计算变化。');
  });

  it('says 之前 and 之后 in a long table when the editor gives no words', () => {
    expect(figure(trial).legend!.map((item) => item.label)).toEqual(['之前', '之后']);
  });

  const phaseColumns = [
    { name: 'planned', label: '计划改造户数' },
    { name: 'done', label: '已改造户数' },
    { name: 'area', label: '改造面积' },
  ];
  const works = { dataset: 'works', key: 'measure', rows: ['windows_signed', 'windows_installed', 'radiators_signed', 'radiators_installed', 'pipe_km', 'temp_before', 'temp_after'] };
  const cases: [string, Omit<DumbbellChartProps, '__source'>, PropMistake][] = [
    ['a column that does not exist', { dataset: 'phases', label: 'phase', before: 'planned', after: 'don' }, propMistake('column-unknown', 'after', { found: 'don', dataset: 'phases', columns: phaseColumns, wanted: 'numeric', meta: 'content/data/phases.yaml' })],
    ['a text column', { dataset: 'phases', label: 'phase', before: 'note', after: 'done' }, propMistake('column-wrong-type', 'before', { found: 'note', type: 'string', wanted: 'numeric', alternatives: phaseColumns })],
    ['before and after in different units', { dataset: 'phases', label: 'phase', before: 'area', after: 'done' }, propMistake('prop-units-differ', 'after', { units: [{ name: 'area', unit: '万平方米' }, { name: 'done', unit: '户' }] })],
    ['paired rows in different units', { ...trial, after: 'pipe_km' }, propMistake('prop-units-differ', 'value', { units: [{ name: 'temp_before', unit: '摄氏度' }, { name: 'pipe_km', unit: '公里' }] })],
    ['a row key that does not exist', { ...trial, after: 'temp_later' }, propMistake('row-unknown', 'after', { found: 'temp_later', ...works, paired: true })],
    ['more before keys than after', { ...trial, before: 'temp_before、windows_signed' }, propMistake('pair-keys-unequal', 'after', { found: 'temp_after', first: 'before', second: 'after', keys: ['temp_before', 'windows_signed'] })],
    [
      'labels that repeat through the label column',
      { dataset: 'works', value: 'value', before: 'temp_before、windows_signed', after: 'temp_after、windows_installed', label: 'place' },
      propMistake('prop-label-not-distinct', 'label', { found: 'place', duplicate: 'hq' }),
    ],
    ['an empty legend word', { ...trial, afterLabel: ' ' }, propMistake('prop-text-invalid', 'afterLabel', { found: ' ', prop: 'afterLabel', fallback: '之后' })],
    ['an unknown sort', { ...trial, sort: 'change' as 'none' }, propMistake('prop-choice-invalid', 'sort', { found: 'change', prop: 'sort', choices: ['none', 'descending', 'ascending'], fallback: 'none' })],
    ['a highlight that names no item', { ...trial, highlight: '城区' }, propMistake('prop-labels-unknown', 'highlight', { found: '城区', labels: ['保温试验'] })],
    ['a note in a row that does not exist', { ...trial, annotations: [{ x: 60, y: '城区', label: '目标' }] }, propMistake('annotation-row-unknown', 'annotations[0].y', { found: '城区', rows: ['保温试验'] })],
  ];
  for (const [what, props, mistake] of cases) {
    it(`fails on ${what}, at the MDX line`, () => {
      expectPropError(() => figure(props), at, 'DumbbellChart', mistake);
    });
  }
});
