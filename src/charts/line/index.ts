import { defineChart } from '../chart-type.ts';
import { lineFigure } from './figure.ts';

/** `<LineChart>`, 折线图: what the site knows of the type (src/charts/index.ts lists it). */
export const lineChart = defineChart({
  component: 'LineChart',
  view: 'figure',
  build: lineFigure,
  panel: { valueProps: ['y'] },
  gallery: {
    title: "折线图",
    description: "一个指标随时间的变化：x 是年份或日期列，y 是数值列；几条线时用 series 列区分，每条线有自己的颜色和标记形状，名字写在线的末端。axis=\"season\" 把日期放在从十月到次年四月的采暖季轴上，几个采暖季按月日对齐。缺数的年份线会断开，不会当成零。",
    examples: [
      { props: { dataset: "shuozhou-so2-2020-2022", x: "year", y: "value", title: "朔州二氧化硫浓度：本站推算、报道给出与报道所说的上限", caption: "三个点来历不同：2020年是本站由降幅推算的，2021年是报道给出的平均浓度，最后一点是报道所说“去年以来”降到的上限，统计时段报道没有写明，本站按报道那一段的年份放在2022年；不宜读作逐年的趋势。" } },
    ],
  },
  props: [
    { name: "x", required: true, text: "时间取自哪一列：日期列（`YYYY-MM-DD`）或年份列（整数，如 `2022`；轴上写作 2022，不加千位分隔符）。每一行都要有时间。" },
    { name: "y", required: true, text: "数值取自哪一列：数值列。整列必须是同一个单位，单位不同的数字不能画在一根轴上。" },
    { name: "series", required: false, text: "按哪一列分成几条线：文字或地点列，如 `series=\"place\"`。不写时只画一条线。同一条线上每个时间只能有一行。" },
    { name: "axis", required: false, text: "`time`（默认）：日期按日历排开。`season`：把日期放到“采暖季轴”上——从十月到次年四月连续排开，跨年处画一条竖线并注“次年”；不同年份的采暖季按月日对齐叠在一起，每个采暖季一条线（再有 `series` 时，每个系列的每个采暖季各一条）。只用于日期列。" },
  ],
});
