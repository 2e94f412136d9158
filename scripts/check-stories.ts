/**
 * `npm run check:stories`: the editorial rules no build can see, for every story in content/stories/:
 * prose length (800–2,000 characters), at least two charts, and no run of 20 or more characters shared with
 * a source report (../shared/source-reports/, or HSD_REPORTS_DIR). Prints a table; exits 1 if a story breaks
 * a rule, naming the copied run so the writer can find and rewrite it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { copiedRuns, longestSharedRun, minRun, reportIndex } from '../src/editorial/copied-runs.ts';
import { readReports, reportsDir } from '../src/editorial/source-reports.ts';
import { storyRules } from '../src/editorial/story-rules.ts';
import { proseLength, storyText } from '../src/editorial/story-text.ts';

const root = process.cwd();
const storiesDir = path.join(root, 'content/stories');
const dir = reportsDir(root);
const reports = readReports(dir);
if (!reports) {
  console.error(`找不到来源报道：${dir}。把 shared/ 放在项目旁边，或用 HSD_REPORTS_DIR 指明来源报道所在的文件夹。`);
  process.exit(1);
}
const index = reportIndex(reports);

let failed = 0;
const rows: string[][] = [['报道', '正文字数', '图表', '与来源最长重合', '问题']];
for (const file of readdirSync(storiesDir).filter((f) => f.endsWith('.mdx')).sort()) {
  const text = storyText(readFileSync(path.join(storiesDir, file), 'utf8'));
  const length = proseLength(text);
  const charts = text.components.length;
  const texts = [...text.fields, ...text.prose];
  const copied = texts.flatMap((t) => copiedRuns(t, index));
  const longest = Math.max(0, ...texts.map((t) => longestSharedRun(t, reports)));
  const problems: string[] = [];
  if (length < storyRules.minProse || length > storyRules.maxProse) problems.push(`正文 ${length} 字，应在 ${storyRules.minProse}–${storyRules.maxProse} 字之间`);
  if (charts < storyRules.minCharts) problems.push(`只有 ${charts} 个图表，至少 ${storyRules.minCharts} 个`);
  for (const run of copied) problems.push(`与来源报道重合 ${run.length} 字（上限 ${minRun - 1}）：“${run}”`);
  if (problems.length) failed++;
  rows.push([file, String(length), `${charts}（${text.components.join('、')}）`, String(longest), problems.join('；') || '—']);
}
for (const row of rows) console.log(row.join('\t'));
console.log(`\n${rows.length - 1} 篇报道，${failed} 篇不合要求。来源报道：${path.relative(root, dir)}（${reports.length} 篇）。`);
process.exit(failed ? 1 : 0);
