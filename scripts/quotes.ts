/**
 * `npm run quotes`: the provenance of every reported figure. For each CSV dataset, how many figures (number and
 * date cells) it has, how many carry a quote, and how many quotes stand verbatim in the lines of their article
 * in the archive (the folder HSD_REPORTS_DIR names, e.g. ../shared/source-reports). Then every figure without a quote and every
 * quote that fails, with the file, row, column and the fix. Exits 1 if any figure is unquoted or any quote fails.
 *
 *   npm run quotes        (or: node scripts/quotes.ts [content-folder])
 */
import path from 'node:path';
import { loadAllDatasets } from '../src/data/load-all.ts';
import { unquotedFigures } from '../src/data/provenance.ts';
import { readRegistry } from '../src/data/registry.ts';
import { quoteCoverage, quoteProblems, readArticles } from '../src/editorial/quotes.ts';
import { archiveMissing, reportsArchive } from '../src/editorial/source-reports.ts';
import { EditorError } from '../src/errors/editor-error.ts';
import { editorError } from '../src/errors/messages.ts';
import { figureWhere } from '../src/errors/where.ts';

const root = path.resolve(import.meta.dirname, '..');
process.chdir(root);
const content = path.resolve(process.argv[2] ?? 'content');

try {
  const datasets = loadAllDatasets(content);
  const archive = reportsArchive(root);
  const missing = archiveMissing(archive, 'quotes');
  const articles = archive.dir && !missing ? readArticles(readRegistry(content).sources, archive.dir) : null;
  const coverage = quoteCoverage(datasets, articles);
  const width = (text: string) => [...text].reduce((w, c) => w + (c.codePointAt(0)! > 0x2e7f ? 2 : 1), 0);
  const header = ['数据集', '数字', '有引文', '引文核实'];
  const rows = coverage.map((c) => [c.dataset, String(c.figures), String(c.quoted), c.verified === null ? '—' : String(c.verified)]);
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))));
  for (const row of [header, ...rows]) console.log(row.map((cell, i) => (i === 0 ? cell + ' '.repeat(widths[i]! - width(cell)) : ' '.repeat(widths[i]! - width(cell)) + cell)).join('  '));
  const sum = (pick: (c: (typeof coverage)[number]) => number) => coverage.reduce((total, c) => total + pick(c), 0);
  console.log(`\n${coverage.length} 个 CSV 数据集，${sum((c) => c.figures)} 个报道数字，${sum((c) => c.quoted)} 个有引文，` + (articles ? `${sum((c) => c.verified ?? 0)} 条引文在其报道原文中核实（${archive.dir}）。` : '未核实：找不到来源报道。'));

  const unquoted = datasets
    .filter((d) => !d.derivation)
    .flatMap((d) => unquotedFigures(d).map((cell) => editorError('figure-unquoted', { file: d.files.meta, where: figureWhere(cell.row, cell.column) }, cell).message));
  const problems = articles ? quoteProblems(datasets, articles).map((p) => p.message) : [];
  for (const line of [...unquoted, ...problems]) console.log(line);
  if (missing) console.error(missing);
  process.exitCode = unquoted.length || problems.length || !articles ? 1 : 0;
} catch (error) {
  if (!(error instanceof EditorError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
