import { defineChart } from '../chart-type.ts';
import type { Registry } from '../registry.ts';
import { smallMultiplesFigure, type SmallMultiplesProps } from './figure.ts';

/**
 * `<SmallMultiples>`, 分面小图: what the site knows of the type (src/charts/index.ts lists it). It repeats the
 * registry's panel types, so it is given the registry (lazily: the registry lists it too).
 */
export const smallMultiplesOf = (registry: () => Registry) => defineChart({
  component: 'SmallMultiples',
  view: 'figure',
  build: (props, site, file) => smallMultiplesFigure(props as SmallMultiplesProps, site, file, registry().panelTypes),
  gallery: {
    title: "分面小图",
    description: "同一种图按某一列（地点、年份、范围）分成几张小图并排，所有小图共用一条数值轴，大小可以直接比较。写法是在原图的属性上加 chart（重复哪种图）和 by（按哪一列分组）。",
    examples: [
      { props: { chart: "BarChart", by: "label", dataset: "shuozhou-heating-coverage-2022", label: "scope", value: "percent", sort: "none", title: "朔州供暖与清洁取暖的几项比例", caption: "每张小图一项指标，数值轴都是 0—100%。" } },
    ],
  },
  props: [
    { name: "chart", required: true, text: "要重复的图表组件名：`BarChart`、`LineChart`、`GroupedBarChart`、`ProgressChart` 或 `DumbbellChart`。" },
    { name: "by", required: true, text: "按哪一列分组：文字、地点、来源或日期列，2 到 12 组。每组一张小图，小图的标题就是这一列的值。" },
    { name: "其余", required: "", text: "与 `chart` 那种图的属性相同（`title`、`caption` 属于整组图）。" },
  ],
});
