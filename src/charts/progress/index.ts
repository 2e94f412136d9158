import { defineChart } from '../chart-type.ts';
import { progressFigure } from './figure.ts';

/** `<ProgressChart>`, 进度条（计划与完成）: what the site knows of the type (src/charts/index.ts lists it). */
export const progressChart = defineChart({
  component: 'ProgressChart',
  view: 'figure',
  build: progressFigure,
  panel: { valueProps: ['planned', 'done', 'value'] },
  gallery: {
    title: "进度条（计划与完成）",
    description: "比较计划量和已完成量：浅色有边框的长条是计划，里面的深色长条是已完成，完成比例由数据算出。完成超过计划时，深色长条会伸出计划的末端。",
    examples: [
      { props: { dataset: "haibowan-coal-to-electric-progress", value: "value", planned: "planned_households、total_households", done: "converted_households、converted_households_total", label: "phase", plannedLabel: "计划改造", doneLabel: "已改造", title: "海勃湾区“煤改电”：已改造户数不到一半", caption: "二期数字出自记者的叙述，合计数字出自设计院项目负责人，两组数字彼此对不上，见数据集说明。" } },
      { props: { dataset: "hongqiao-heating-renovation-2024", value: "value", planned: "windows_signed、radiators_signed", done: "windows_installed、radiators_installed", labels: "外窗换新、暖气片换新", plannedLabel: "已签约", doneLabel: "已完成施工安装", title: "红桥区外窗和暖气片换新：签约的多，装好的少" } },
    ],
  },
  props: [
    { name: "planned", required: true, text: "宽表：计划量所在的数值列。长表：计划量所在行的行键，多个用顿号隔开。" },
    { name: "done", required: true, text: "宽表：已完成量所在的数值列。长表：与 `planned` 一一配对的行键。" },
    { name: "label", required: "宽表必填", text: "每项的名字取自哪一列（文字、地点、来源或日期列）。长表里取每对中第一行（计划那一行）的值。" },
    { name: "value", required: "长表必填", text: "长表里放数值的列。写了它，`planned` 和 `done` 就按行键理解。" },
    { name: "labels", required: false, text: "只用于长表：直接写出各项的名字，用顿号隔开，个数与配对数相同；与 `label` 二者只写一个。长表的行名常常只说一个数（“外窗换新已签约用户”），这时用它。" },
    { name: "key", required: false, text: "只用于长表：行键在哪一列。不写时用第一个每行取值都不同的列（通常是 `measure`）。" },
    { name: "plannedLabel", required: false, text: "图例里“计划”的说法。宽表默认用列的中文标签，长表默认“计划”。" },
    { name: "doneLabel", required: false, text: "图例里“已完成”的说法。宽表默认用列的中文标签，长表默认“已完成”。" },
    { name: "sort", required: false, text: "`none`（按 CSV 或配对的顺序，默认）、`descending` 或 `ascending`（按完成比例）。" },
    { name: "highlight", required: false, text: "要突出显示的项，照图中显示的名字写；多个用顿号隔开。" },
  ],
});
