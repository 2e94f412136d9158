import { defineChart } from '../chart-type.ts';
import { dataTableModel } from './model.ts';

/** `<DataTable>`, 可排序的数据表: what the site knows of the type (src/charts/index.ts lists it). */
export const dataTable = defineChart({
  component: 'DataTable',
  view: 'table',
  build: dataTableModel,
  gallery: {
    title: "可排序的数据表",
    description: "把一个数据集（或其中几列）完整地放进报道。表格本身不需要脚本；开着 JavaScript 时，点表头可以按这一列排序。",
    examples: [
      { props: { dataset: "shanxi-city-heating-prices-2022", columns: "place、residential、non_residential、season_months", sort: "residential", title: "山西四市供热价格", caption: "按居民热价从高到低排列；点表头可换一种排序。" } },
    ],
  },
  props: [
    { name: "dataset", required: true, text: "数据集 id。表格包含它的每一行。" },
    { name: "columns", required: false, text: "显示哪些列、按什么顺序，用顿号分隔；不写时显示全部列（限定列并入数字，如“近6”）。" },
    { name: "sort", required: false, text: "构建时按哪一个数值列排序；不写时按 CSV 的顺序。没有数值的行排在最后。" },
    { name: "order", required: false, text: "`descending`（从大到小，默认）或 `ascending`。" },
    { name: "title、caption", required: false, text: "表的标题和说明。" },
  ],
});
