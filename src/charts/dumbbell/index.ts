import { defineChart } from '../chart-type.ts';
import { dumbbellFigure } from './figure.ts';

/** `<DumbbellChart>`, 前后对比（哑铃图）: what the site knows of the type (src/charts/index.ts lists it). */
export const dumbbellChart = defineChart({
  component: 'DumbbellChart',
  view: 'figure',
  build: dumbbellFigure,
  panel: { valueProps: ['before', 'after', 'value'] },
  gallery: {
    title: "前后对比（哑铃图）",
    description: "同一个指标在两个时点的数：空心圆是之前，实心点是之后，箭头指向变化的方向，变化量由数据算出。",
    examples: [
      { props: { dataset: "hohhot-insulation-trial-surface-temperature", value: "surface_temperature", before: "trial_before", after: "trial_after", labels: "陶瓷微珠保温试验", beforeLabel: "应用前", afterLabel: "应用后", title: "报道所称：应用陶瓷微珠保温材料后，设备表面温度明显下降" } },
      { props: { dataset: "shuozhou-air-quality-2021-2022", value: "value", before: "so2_mean", after: "so2_mean_recent", label: "label", beforeLabel: "2021年", afterLabel: "报道所说“去年以来”", title: "朔州二氧化硫平均浓度：2021年与报道所说“去年以来”的上限", caption: "报道2022年刊发，“去年以来”即2021年以来；这个上限的统计时段报道没有写明，两数不宜读作逐年的变化。" } },
    ],
  },
  props: [
    { name: "before", required: true, text: "宽表：之前的数所在的数值列。长表：之前的数所在行的行键，多个用顿号隔开。" },
    { name: "after", required: true, text: "宽表：之后的数所在的数值列。长表：与 `before` 一一配对的行键。" },
    { name: "label", required: "宽表必填", text: "每项的名字取自哪一列。长表里取每对中第一行（之前那一行）的值。" },
    { name: "value", required: "长表必填", text: "长表里放数值的列。" },
    { name: "labels", required: false, text: "只用于长表：直接写出各项的名字，用顿号隔开；与 `label` 二者只写一个。" },
    { name: "key", required: false, text: "只用于长表：行键在哪一列，默认第一个每行取值都不同的列。" },
    { name: "beforeLabel", required: false, text: "图例里空心圆的说法，如“改造前”“2021年”。宽表默认用列的中文标签，长表默认“之前”。" },
    { name: "afterLabel", required: false, text: "图例里实心点的说法。宽表默认用列的中文标签，长表默认“之后”。" },
    { name: "sort", required: false, text: "`none`（默认）、`descending` 或 `ascending`（按之后的数）。" },
    { name: "highlight", required: false, text: "要突出显示的项，照图中显示的名字写；多个用顿号隔开。" },
  ],
});
