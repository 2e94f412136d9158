/**
 * `npm run check:stories`: the editorial rules no build can see, for every story in content/stories/, read as
 * the reader reads it (figures and periods rendered from the datasets): prose length and charts for its kind
 * (a story 800–2,000 characters and two charts, a brief 300–800 and one), no run of 20 or more Chinese
 * characters shared with a source report outside quotation marks (the archive HSD_REPORTS_DIR names,
 * e.g. ../shared/source-reports), the period named in the headline, dek or first paragraph, and no relative time word away
 * from an explicit period. Prints a table; exits 1 if a story breaks a rule, saying what to rewrite.
 */
import path from 'node:path';
import { minRun, reportIndex } from '../src/editorial/copied-runs.ts';
import { checkStories, readSiteContent } from '../src/editorial/site-content.ts';
import { archiveMissing, readReports, reportsArchive } from '../src/editorial/source-reports.ts';
import { EditorError } from '../src/errors/editor-error.ts';

const root = path.resolve(import.meta.dirname, '..');
process.chdir(root);
const content = path.resolve(process.argv[2] ?? 'content');
const archive = reportsArchive(root);
const missing = archiveMissing(archive, 'check:stories');
if (missing) {
  console.error(missing);
  process.exit(1);
}
const dir = archive.dir!;
const reports = readReports(dir)!;

try {
  const stories = checkStories(content, readSiteContent(content), { index: reportIndex(reports), texts: reports });
  const rows: string[][] = [['报道', '体裁', '正文字数', '图表', `与来源最长重合（上限 ${minRun - 1}）`, '问题']];
  for (const { file, text, check } of stories) {
    rows.push([file, text.kind === 'brief' ? '简讯' : '报道', String(check.length), `${check.charts}（${text.components.join('、')}）`, String(check.longestShared), check.problems.join('；\n    ') || '—']);
  }
  for (const row of rows) console.log(row.join('\t'));
  const failed = stories.filter((s) => s.check.problems.length > 0).length;
  console.log(`\n${stories.length} 篇报道，${failed} 篇不合要求。来源报道：${path.relative(root, dir)}（${reports.length} 篇）。`);
  process.exitCode = failed ? 1 : 0;
} catch (error) {
  if (!(error instanceof EditorError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
