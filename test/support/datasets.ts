import { buildLocatedDataset, type Dataset } from '../../src/data/dataset.ts';
import type { LocatedDataset } from '../../src/data/dataset-types.ts';

export const context = { placeIds: new Set(['shuozhou', 'datong', 'haibowan']), sourceIds: new Set(['src-a']) };

/**
 * A small long-format dataset (measure, label, value, value_qualifier, unit) built the way the loader builds
 * one, with `extra` appended to its metadata (a `checks:` list).
 */
export function longDataset(id: string, rows: string, extra = ''): LocatedDataset {
  const metaText = `title: 测试数据集 ${id}
description: 用于测试的数据集。
subject: conversions
places: [haibowan]
period: 2022
sources: [src-a]
updated: 2026-11-23
columns:
  - name: measure
    type: string
    label: 指标代码
  - name: label
    type: string
    label: 指标
  - name: value
    type: number
    unitColumn: unit
    qualifier: value_qualifier
    label: 数值
    optional: true
  - name: percent
    type: percent
    qualifier: value_qualifier
    label: 百分比
    optional: true
  - name: date
    type: date
    label: 日期
    optional: true
  - name: value_qualifier
    type: qualifier
    label: 限定
  - name: unit
    type: string
    label: 单位
    optional: true
${extra}`;
  const files = { csv: `content/data/${id}.csv`, meta: `content/data/${id}.yaml` };
  return buildLocatedDataset({ id, csvText: `measure,label,value,percent,date,value_qualifier,unit\n${rows}`, metaText, files }, context);
}

export function byId(...located: LocatedDataset[]): Map<string, Dataset> {
  return new Map(located.map(({ dataset }) => [dataset.id, dataset]));
}
