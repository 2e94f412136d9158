/**
 * `npm run check:stories`: the editorial rules no build can see, for every story in content/stories/, read as
 * the reader reads it (figures and periods rendered from the datasets): prose length and charts for its kind
 * (a story 800–2,000 characters and two charts, a brief 300–800 and one), no run of 20 or more Chinese
 * characters shared with a source report outside quotation marks (../shared/source-reports/, or
 * HSD_REPORTS_DIR), the period named in the headline, dek or first paragraph, and no relative time word away
 * from an explicit period. Prints a table; exits 1 if a story breaks a rule, saying what to rewrite.
 */
import path from 'node:path';
import { minRun, reportIndex } from '../src/editorial/copied-runs.ts';
import { checkStories, readSiteContent } from '../src/editorial/site-content.ts';
import { readReports, reportsDir } from '../src/editorial/source-reports.ts';
import { EditorError } from '../src/errors/editor-error.ts';

const root = path.resolve(import.meta.dirname, '..');
process.chdir(root);
const content = path.resolve(process.argv[2] ?? 'content');
const dir = reportsDir(root);
const reports = readReports(dir);
if (!reports) {
  console.error(`找不到来源报道：${dir}。把 shared/ 放在项目旁边，或用 HSD_REPORTS_DIR 指明来源报道所在的文件夹。`);
  process.exit(1);
}

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
