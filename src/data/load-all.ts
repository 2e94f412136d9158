import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EditorError } from '../errors/editor-error.ts';
import { displayPath } from '../lib/content-dir.ts';
import { buildDataset, type Dataset } from './dataset.ts';
import { readRegistry } from './registry.ts';

/**
 * Every dataset in `<content>/data/`: each `<id>.csv` with its `<id>.yaml` beside it, checked against the
 * places and sources registries. Throws an EditorError at the first problem.
 */
export function loadAllDatasets(content: string): Dataset[] {
  const registry = readRegistry(content);
  const dir = path.join(content, 'data');
  const names = readdirSync(dir).sort();
  const ids = new Set(names.filter((name) => /\.(csv|ya?ml)$/.test(name)).map((name) => name.replace(/\.(csv|ya?ml)$/, '')));
  return [...ids].map((id) => {
    const csv = names.includes(`${id}.csv`) ? path.join(dir, `${id}.csv`) : undefined;
    const metaName = names.find((name) => name === `${id}.yaml` || name === `${id}.yml`);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
      throw new EditorError({ file: displayPath(csv ?? path.join(dir, metaName!)), where: '文件名', found: id, expected: '小写字母、数字和连字符组成的数据集 id', fix: '重命名 .csv 和 .yaml 文件，如 baotou-heating-scale-2025-2026.csv。' });
    }
    if (!csv || !metaName) {
      const present = displayPath(csv ?? path.join(dir, metaName!));
      const absent = displayPath(path.join(dir, csv ? `${id}.yaml` : `${id}.csv`));
      throw new EditorError({ file: present, where: '数据集文件', expected: `旁边有同名的 ${absent}`, fix: `创建 ${absent}（格式见 docs/DATASETS.md），或删掉 ${present}。` });
    }
    const meta = path.join(dir, metaName);
    return buildDataset(
      { id, csvText: readFileSync(csv, 'utf8'), metaText: readFileSync(meta, 'utf8'), files: { csv: displayPath(csv), meta: displayPath(meta) } },
      registry,
    );
  });
}
