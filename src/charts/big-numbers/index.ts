import { defineChart } from '../chart-type.ts';
import { bigNumbersModel } from './model.ts';

/** `<BigNumbers>`, 关键数字: what the site knows of the type (src/charts/index.ts lists it). */
export const bigNumbers = defineChart({
  component: 'BigNumbers',
  view: 'big-numbers',
  build: bigNumbersModel,
  gallery: {
    title: "关键数字",
    description: "一个或一排最重要的数字，字号放大，附名称、单位、对比和来源。数字从数据集里按行和列引用，不能手写；对比的差值由构建计算。",
    examples: [
      { props: { items: [{ dataset: "baotou-heating-scale-2025-2026", row: "heat-group", column: "heating_area", label: "包头市热力集团供热面积" }, { dataset: "hongqiao-heating-scale-2024-2025", row: "heating_area", column: "value", label: "天津红桥区集中供热实供面积" }, { dataset: "baotou-heating-scale-2025-2026", row: "huadian-baotou", column: "heating_days", label: "华电包头发电分公司供暖天数", compare: { dataset: "baotou-heating-scale-2025-2026", row: "heat-group", column: "heating_days" }, compareLabel: "包头市热力集团" }] } },
      { note: "同一个数据集里的几行，可以用简写：", props: { dataset: "baotou-heat-group-service-2025-2026", rows: "hotline、work-orders、online", column: "count", title: "包头市热力集团的客服量" } },
    ],
  },
  propsHeading: '键',
  props: [
    { name: "dataset、row、column", required: true, text: "和 `<Num>` 相同：数据集 id、行（第一列的值）、数值列。" },
    { name: "label", required: false, text: "这个数字是什么。不写时用这一行的 `label`/`name` 列，再没有就用列名。**不能含数字。**" },
    { name: "compare", required: false, text: "拿来比较的数：同一行的另一列（写列名），或 `{ dataset, row, column }`。单位必须相同。百分数之差写作“个百分点”。" },
    { name: "compareLabel", required: false, text: "比较对象叫什么，如“上一采暖季”。不能含数字。" },
  ],
});
