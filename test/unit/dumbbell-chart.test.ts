import { describe, expect, it } from 'vitest';
import { dumbbellFigure, type DumbbellChartProps } from '../../src/charts/dumbbell/figure.ts';
import { chartContext } from '../support/chart-context.ts';
import { pairedDatasets } from '../support/paired-datasets.ts';

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

  const cases: [string, Omit<DumbbellChartProps, '__source'>, string][] = [
    ['a column that does not exist', { dataset: 'phases', label: 'phase', before: 'planned', after: 'don' }, '<DumbbellChart> 的属性“after”：找到“don”，应为数据集“phases”中的数值列：planned（计划改造户数）、done（已改造户数）、area（改造面积）。修改：改成上面的列名之一（列的定义见 content/data/phases.yaml）。'],
    ['a text column', { dataset: 'phases', label: 'phase', before: 'note', after: 'done' }, '<DumbbellChart> 的属性“before”：找到“note”，应为数值列（number、integer 或 percent），而“note”是 string 列。修改：换成 planned（计划改造户数）、done（已改造户数）、area（改造面积） 之一。'],
    ['before and after in different units', { dataset: 'phases', label: 'phase', before: 'area', after: 'done' }, '<DumbbellChart> 的属性“after”：找到“area（万平方米）、done（户）”，应为单位相同的数值（它们画在同一根数轴上）。修改：单位不同的数字不能放进同一张图：分成两张图，或只选单位相同的列或行。'],
    ['paired rows in different units', { ...trial, after: 'pipe_km' }, '<DumbbellChart> 的属性“value”：找到“temp_before（摄氏度）、pipe_km（公里）”，应为单位相同的数值（它们画在同一根数轴上）。修改：单位不同的数字不能放进同一张图：分成两张图，或只选单位相同的列或行。'],
    ['a row key that does not exist', { ...trial, after: 'temp_later' }, '<DumbbellChart> 的属性“after”：找到“temp_later”，应为数据集“works”的“measure”列中的值：windows_signed、windows_installed、radiators_signed、radiators_installed、pipe_km、temp_before、temp_after。修改：写了 value 时，这个属性写行键（行键列的值），多个用顿号分隔；不写 value 时写列名。'],
    ['more before keys than after', { ...trial, before: 'temp_before、windows_signed' }, '<DumbbellChart> 的属性“after”：找到“temp_after”，应为与 before 一样多的行键（2个），第几个与第几个配对。修改：before 写了 temp_before、windows_signed：在 after 里按同样的顺序写出与之配对的行。'],
    ['labels that repeat through the label column', { dataset: 'works', value: 'value', before: 'temp_before、windows_signed', after: 'temp_after、windows_installed', label: 'place' }, '<DumbbellChart> 的属性“label”：找到“place”，应为每行取值都不同的列（每个标记一个名字）。修改：“hq”出现了不止一次：换一个能区分各行的列，或先把数据集筛成每项一行。'],
    ['an empty legend word', { ...trial, afterLabel: ' ' }, '<DumbbellChart> 的属性“afterLabel”：找到“ ”，应为一段文字。修改：写 afterLabel="…"，或删掉它使用默认的“之后”。'],
    ['an unknown sort', { ...trial, sort: 'change' as 'none' }, '<DumbbellChart> 的属性“sort”：找到“change”，应为以下之一：none、descending、ascending。修改：删掉 sort 使用默认的 none，或改成上面的取值之一。'],
    ['a highlight that names no item', { ...trial, highlight: '城区' }, '<DumbbellChart> 的属性“highlight”：找到“城区”，应为图中某个标记的名字：保温试验。修改：照图中的写法填写名字，多个名字用顿号分隔。'],
    ['a note in a row that does not exist', { ...trial, annotations: [{ x: 60, y: '城区', label: '目标' }] }, '<DumbbellChart> 的属性“annotations[0].y”：找到“城区”，应为图中某一行的名字：保温试验。修改：照图中的写法填写名字。'],
  ];
  for (const [what, props, message] of cases) {
    it(`fails on ${what}, at the MDX line`, () => {
      expect(() => figure(props)).toThrow(`${at} ${message}`);
    });
  }
});
