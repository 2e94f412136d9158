import type { TestDataset } from './chart-context.ts';

/** Datasets for two-figure charts (ProgressChart, DumbbellChart): a wide table, a long one, one without a key. */
export const pairedDatasets: TestDataset[] = [
  {
    id: 'phases',
    csv: 'phase,planned,done,done_qualifier,area,note\n一期,1700,1800,,12,\n二期,5301,2164,,30,\n三期,4000,3400,over,,\n四期,,,,,未开工\n',
    columns: `  - { name: phase, type: string, label: 期次 }
  - { name: planned, type: integer, unit: 户, label: 计划改造户数, optional: true }
  - { name: done, type: integer, unit: 户, label: 已改造户数, qualifier: done_qualifier, optional: true }
  - { name: done_qualifier, type: qualifier, label: 限定 }
  - { name: area, type: number, unit: 万平方米, label: 改造面积, optional: true }
  - { name: note, type: string, label: 备注, optional: true }
`,
  },
  {
    id: 'works',
    csv: 'place,measure,label,value,value_qualifier,unit\nhq,windows_signed,外窗换新已签约,311,,户\nhq,windows_installed,外窗换新已安装,11,,户\nhq,radiators_signed,暖气片换新已签约,688,,户\nhq,radiators_installed,暖气片换新已安装,329,,户\nhq,pipe_km,管网更新,10.9,,公里\nhq,temp_before,设备表面温度,100,,摄氏度\nhq,temp_after,设备表面温度,50,max,摄氏度\n',
    columns: `  - { name: place, type: string, label: 地点 }
  - { name: measure, type: string, label: 指标代码 }
  - { name: label, type: string, label: 指标 }
  - { name: value, type: number, label: 数值, unitColumn: unit, qualifier: value_qualifier }
  - { name: value_qualifier, type: qualifier, label: 限定 }
  - { name: unit, type: string, label: 单位 }
`,
  },
  {
    id: 'nokey',
    csv: 'scope,measure,value\n城区,a,1\n城区,b,2\n县城,a,3\n',
    columns: `  - { name: scope, type: string, label: 范围 }
  - { name: measure, type: string, label: 指标 }
  - { name: value, type: number, unit: '%', label: 比例 }
`,
  },
];
