import { defineChart } from '../chart-type.ts';
import { groupedBarFigure, groupedBarExtent } from './figure.ts';

/** `<GroupedBarChart>`, 分组与堆叠条形图: what the site knows of the type (src/charts/index.ts lists it). */
export const groupedBarChart = defineChart({
  component: 'GroupedBarChart',
  view: 'figure',
  build: groupedBarFigure,
  panel: { valueProps: ['values', 'value'], extent: groupedBarExtent },
  gallery: {
    title: "分组与堆叠条形图",
    description: "每个类别有几个可以并排比较的数（如居民与非居民热价）时用分组；几部分加起来是一个整体时用堆叠（mode=\"stacked\"）。同一张图里的数必须单位相同。",
    examples: [
      { props: { dataset: "shanxi-city-heating-prices-2022", label: "place", values: "residential、non_residential", highlight: "朔州", title: "朔州的居民和非居民热价都是四市最低", caption: "按建筑面积计，每平方米每月。大同的非居民热价分非盈利性和经营性两档，没有统一价。" } },
      { props: { dataset: "shuozhou-chp-heat-sources-central-city-2022", series: "plant", value: "heating_capacity", mode: "stacked", title: "朔州中心城区“三源一网”的供热能力由三家电厂构成", caption: "苏晋朔州一厂报道只给出它覆盖的原燃煤锅炉供热面积，没有给出供热能力。" } },
    ],
  },
  props: [
    { name: "label", required: "宽表必填", text: "类别的名字取自哪一列：文字、地点、来源或日期列。宽表里每行取值不同。长表可以不写：不写时所有行画成一根条形（适合堆叠出一个整体）。" },
    { name: "values", required: "宽表必填", text: "每个系列一列：几个数值列名，用顿号隔开，如 `values=\"residential、non_residential\"`。图例和系列名用各列的中文标签。最多 5 列。" },
    { name: "series", required: "长表必填", text: "长表里说明每行属于哪个系列的列（文字列），最多 5 种取值。与 `values` 二者只写一个。" },
    { name: "value", required: "长表必填", text: "长表里放数值的列。" },
    { name: "mode", required: false, text: "`grouped`（分组，默认）或 `stacked`（堆叠）。" },
    { name: "sort", required: false, text: "`descending`（从大到小，默认）、`ascending`（从小到大）或 `none`（按 CSV 里的顺序）。分组图按第一个系列排序，堆叠图按合计排序；没有数值的类别排在最后。" },
    { name: "highlight", required: false, text: "要突出显示的类别，照图中显示的名字写；多个用顿号隔开。" },
  ],
});
