/**
 * `npm run new-dataset -- <id> --from <file.csv>`: writes content/data/<id>.yaml for a CSV the editor already has,
 * each column's type inferred from its cells, what only the editor knows left empty for them to fill
 * (src/editorial/new-dataset.ts). The CSV is copied to content/data/<id>.csv (moved, if it is in content/data/
 * under another name; left, if it is that file already). A mistake in the arguments or the CSV is one editor
 * error line, exit 1.
 */
import { copyFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { contentDir, displayPath } from '../src/data/content-dir.ts';
import { newDataset } from '../src/editorial/new-dataset.ts';
import { EditorError } from '../src/errors/editor-error.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { from: { type: 'string' } } });
const [id] = positionals;
if (!id || !values.from) {
  console.error('用法：npm run new-dataset -- <数据集 id> --from <表格.csv>');
  process.exit(1);
}
// China Standard Time, as the site dates its data.
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
try {
  const dataset = newDataset({ id, from: values.from }, contentDir(), today);
  const { csv, yaml } = dataset;
  if (csv.action === 'copy') copyFileSync(csv.from, csv.to);
  if (csv.action === 'move') renameSync(csv.from, csv.to);
  writeFileSync(yaml.file, yaml.text);
  const did = { keep: '已在', copy: `已从 ${displayPath(csv.from)} 复制到`, move: `已从 ${displayPath(csv.from)} 移到` }[csv.action];
  console.log(`${did} ${displayPath(csv.to)}；写好了 ${displayPath(yaml.file)}。按单元格推断的列类型：`);
  for (const column of dataset.columns) console.log(`  ${column.name}\t${column.type}${column.optional ? '（有空格，optional: true）' : ''}`);
  const near = dataset.columns.flatMap((column) => column.nearNumbers);
  if (near.length > 0) {
    console.log('\n以下几列多数是数字，却有几格构建不会当作数字读，所以推断成了 string。改好 CSV 后删掉 .yaml，再运行一次：');
    for (const error of near) console.log(`  ${error.message}`);
  }
  if (dataset.repeatedKeys.length > 0) {
    console.log(`\n第一列有重复的值（${dataset.repeatedKeys.join('、')}）：这些行的数字没有写 provenance，因为 <Num>、出处和核对都按第一列找行。要引用它们，加一个每行不同的 key 列放在第一列（见 docs/DATASETS.md 的“长表与宽表”）。`);
  }
  console.log(`\n接下来：打开 ${displayPath(yaml.file)}，把冒号后面空着的字段填上；运行 npm run check:content，它列出还空着的每一个字段，直到一个也不剩。`);
} catch (error) {
  if (!(error instanceof EditorError)) throw error;
  console.error(error.message);
  process.exit(1);
}
