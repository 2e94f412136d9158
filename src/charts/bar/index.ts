import { defineChart } from '../chart-type.ts';
import { barFigure } from './figure.ts';

/** `<BarChart>`, 排序条形图: what the site knows of the type (src/charts/index.ts lists it). */
export const barChart = defineChart({
  component: 'BarChart',
  view: 'figure',
  build: barFigure,
  panel: { valueProps: ['value'] },
  gallery: {
    title: "排序条形图",
    description: "比较几个地方、几家单位或几项指标的大小时的默认选择。条形按数值从大到小排列，数值直接写在条形末端。",
    examples: [
      { props: { dataset: "shanxi-city-heating-prices-2022", label: "place", value: "residential", highlight: "朔州", title: "山西四市居民热价", caption: "按建筑面积计，每平方米每月。" } },
      { props: { dataset: "baotou-heat-group-service-2025-2026", label: "channel_name", value: "count", sort: "none", title: "按原表顺序，不排序" } },
    ],
  },
  props: [
    { name: "label", required: true, text: "每根柱子的名字取自哪一列：文字、地点、来源或日期列，且每行取值不同。地点列显示地点的简称（如“包头”）。" },
    { name: "value", required: true, text: "柱子长度取自哪一列：数值列。" },
    { name: "sort", required: false, text: "`descending`（从大到小，默认）、`ascending`（从小到大）或 `none`（按 CSV 里的顺序）。" },
    { name: "highlight", required: false, text: "要突出显示的柱子，照图中显示的名字写；多个用顿号隔开，如 `highlight=\"包头市热力集团\"`。" },
  ],
});
