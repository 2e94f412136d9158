/**
 * Lists every dataset the build would publish, read and checked exactly as the build reads them: id, whether
 * it is a CSV or computed (and by which formula), its row count, and its checks (holding / known
 * inconsistencies). An editor's mistake prints the build's own message.
 *
 *   npm run datasets        (or: node scripts/datasets.ts [content-folder])
 */
import path from 'node:path';
import { loadAllDatasets } from '../src/data/load-all.ts';
import { EditorError } from '../src/errors/editor-error.ts';

const root = path.resolve(import.meta.dirname, '..');
process.chdir(root);
const content = path.resolve(process.argv[2] ?? 'content');

try {
  const datasets = loadAllDatasets(content);
  const rows = datasets.map((d) => {
    const results = d.checkResults ?? [];
    const known = results.filter((r) => r.check.known !== undefined).length;
    return [d.id, d.derivation ? `计算（${d.derivation.formula}）` : 'CSV', String(d.rows.length), results.length ? `${results.length - known} 成立${known ? `，${known} 已知矛盾` : ''}` : '—'];
  });
  const header = ['数据集', '来源', '行数', '核对'];
  // A terminal gives a Chinese character two columns.
  const width = (text: string) => [...text].reduce((w, c) => w + (c.codePointAt(0)! > 0x2e7f ? 2 : 1), 0);
  const pad = (text: string, to: number, right = false) => (right ? ' '.repeat(to - width(text)) + text : text + ' '.repeat(to - width(text)));
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))));
  for (const row of [header, ...rows]) console.log(row.map((cell, i) => pad(cell, widths[i]!, i === 2)).join('  ').trimEnd());
  const csv = datasets.filter((d) => !d.derivation);
  const total = (list: typeof datasets) => list.reduce((sum, d) => sum + d.rows.length, 0);
  console.log(`\n共 ${datasets.length} 个数据集：${csv.length} 个 CSV（${total(csv)} 行），${datasets.length - csv.length} 个计算所得（${total(datasets) - total(csv)} 行）。`);
} catch (error) {
  if (!(error instanceof EditorError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
