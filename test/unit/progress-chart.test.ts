import { describe, expect, it } from 'vitest';
import { progressFigure, type ProgressChartProps } from '../../src/charts/progress/figure.ts';
import { chartContext } from '../support/chart-context.ts';
import { pairedDatasets } from '../support/paired-datasets.ts';

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

  const cases: [string, Omit<ProgressChartProps, '__source'>, string][] = [
    ['a column that does not exist', { dataset: 'phases', label: 'phase', planned: 'planed', done: 'done' }, '<ProgressChart> 的属性“planned”：找到“planed”，应为数据集“phases”中的数值列：planned（计划改造户数）、done（已改造户数）、area（改造面积）。修改：改成上面的列名之一（列的定义见 content/data/phases.yaml）。'],
    ['a text column', { dataset: 'phases', label: 'phase', planned: 'planned', done: 'note' }, '<ProgressChart> 的属性“done”：找到“note”，应为数值列（number、integer 或 percent），而“note”是 string 列。修改：换成 planned（计划改造户数）、done（已改造户数）、area（改造面积） 之一。'],
    ['planned and done in different units', { dataset: 'phases', label: 'phase', planned: 'planned', done: 'area' }, '<ProgressChart> 的属性“done”：找到“planned（户）、area（万平方米）”，应为单位相同的数值（它们画在同一根数轴上）。修改：单位不同的数字不能放进同一张图：分成两张图，或只选单位相同的列或行。'],
    ['labels on a wide table', { dataset: 'phases', label: 'phase', planned: 'planned', done: 'done', labels: '甲、乙' }, '<ProgressChart> 的属性“labels”：找到“甲、乙”，应为长表（写了 value）才用的属性。修改：宽表每项一行：删掉 labels。'],
    ['a key on a wide table', { dataset: 'phases', label: 'phase', planned: 'planned', done: 'done', key: 'phase' }, '<ProgressChart> 的属性“key”：找到“phase”，应为长表（写了 value）才用的属性。修改：宽表每项一行：删掉 key。'],
    ['an empty legend word', { dataset: 'phases', label: 'phase', planned: 'planned', done: 'done', plannedLabel: '' }, '<ProgressChart> 的属性“plannedLabel”：找到“（空）”，应为一段文字。修改：写 plannedLabel="…"，或删掉它使用默认的“计划改造户数”。'],
    ['markup in a legend word', { dataset: 'phases', label: 'phase', planned: 'planned', done: 'done', doneLabel: '<b>完成</b>' }, '<ProgressChart> 的属性“doneLabel”：找到“<b>完成</b>”，应为纯文字，不含 HTML 标签。修改：删掉尖括号；格式由图表统一处理。'],
    ['an unknown sort', { dataset: 'phases', label: 'phase', planned: 'planned', done: 'done', sort: 'share' as 'none' }, '<ProgressChart> 的属性“sort”：找到“share”，应为以下之一：none、descending、ascending。修改：删掉 sort 使用默认的 none，或改成上面的取值之一。'],
    ['a highlight that names no item', { dataset: 'phases', label: 'phase', planned: 'planned', done: 'done', highlight: '五期' }, '<ProgressChart> 的属性“highlight”：找到“五期”，应为图中某个标记的名字：一期、二期、三期、四期。修改：照图中的写法填写名字，多个名字用顿号分隔。'],
    ['fewer done keys than planned', { ...renovation, done: 'windows_installed' }, '<ProgressChart> 的属性“done”：找到“windows_installed”，应为与 planned 一样多的行键（2个），第几个与第几个配对。修改：planned 写了 windows_signed、radiators_signed：在 done 里按同样的顺序写出与之配对的行。'],
    ['a row key that does not exist', { ...renovation, done: 'windows_installed、radiator_installed' }, '<ProgressChart> 的属性“done”：找到“radiator_installed”，应为数据集“works”的“measure”列中的值：windows_signed、windows_installed、radiators_signed、radiators_installed、pipe_km、temp_before、temp_after。修改：写了 value 时，这个属性写行键（行键列的值），多个用顿号分隔；不写 value 时写列名。'],
    ['no planned key', { ...renovation, planned: '' }, '<ProgressChart> 的属性“planned”：找到“（空）”，应为至少一个行键（数据集“works”的“measure”列中的值：windows_signed、windows_installed、radiators_signed、radiators_installed、pipe_km、temp_before、temp_after）。修改：例如 planned="windows_signed"。'],
    ['paired rows in different units', { ...renovation, planned: 'windows_signed', done: 'pipe_km', labels: '外窗' }, '<ProgressChart> 的属性“value”：找到“windows_signed（户）、pipe_km（公里）”，应为单位相同的数值（它们画在同一根数轴上）。修改：单位不同的数字不能放进同一张图：分成两张图，或只选单位相同的列或行。'],
    ['fewer labels than pairs', { ...renovation, labels: '外窗' }, '<ProgressChart> 的属性“labels”：找到“外窗”，应为2个名字（每对行一个），用顿号分隔。修改：按配对的顺序，每对写一个名字。'],
    ['a label repeated in labels', { ...renovation, labels: '外窗、外窗' }, '<ProgressChart> 的属性“labels”：找到“外窗、外窗”，应为各不相同的名字。修改：“外窗”写了不止一次：每对行写一个不同的名字。'],
    ['both label and labels', { ...renovation, label: 'label' }, '<ProgressChart> 的属性“labels”：找到“外窗换新、暖气片换新”，应为label 与 labels 二者之一。修改：删掉其中一个：label 写列名，labels 直接写出各项的名字。'],
    ['neither label nor labels in a long table', { ...renovation, labels: undefined }, '<ProgressChart> 的属性“label”：应为一个文字列名（label），或各项的名字（labels）。修改：写 label="…"，或 labels="名字一、名字二"（按配对的顺序）。'],
    ['a key column that repeats values', { ...renovation, key: 'place' }, '<ProgressChart> 的属性“key”：找到“place”，应为数据集“works”中每行取值都不同的列：measure。修改：改成上面的列名之一，或删掉 key 使用第一个这样的列。'],
    ['a long table without any key column', { dataset: 'nokey', value: 'value', planned: 'a', done: 'b', labels: '城区' }, '<ProgressChart> 的属性“key”：应为一个每行取值都不同的列（行键）。修改：数据集“nokey”没有这样的列：改用宽表（每项一行、两个数各占一列），或在 content/data/nokey.csv 里加一个行键列。'],
    ['a horizontal reference line', { ...renovation, annotations: [{ y: '外窗换新', label: '重点' }] }, '<ProgressChart> 的属性“annotations[0]”：找到“y: 外窗换新”，应为数值轴上的参考线 { x, label }，或某一行上的注释 { x, y, label }。修改：这种图只有横向的数值轴：参考线写 x；要注在某一行上，再加 y 写这一行的名字。'],
  ];
  for (const [what, props, message] of cases) {
    it(`fails on ${what}, at the MDX line`, () => {
      expect(() => figure(props)).toThrow(`${at} ${message}`);
    });
  }
});
