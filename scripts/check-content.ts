/**
 * Checks a content folder as the build does, every dataset, check and computed dataset, the registries, each
 * story's frontmatter and MDX, and every component of every published story, without rendering a page; prints
 * every mistake at once, each exactly as the build prints it, then how long it took. Exits 1 on any mistake.
 *
 *   npm run check:content        (or: node scripts/check-content.ts [content-folder])
 */
import path from 'node:path';
import { checkContent, formatContentCheck } from '../src/check/content.ts';

const root = path.resolve(import.meta.dirname, '..');
process.chdir(root);
const content = path.resolve(process.argv[2] ?? process.env.HSD_CONTENT_DIR ?? 'content');

const result = checkContent(content);
const { datasets, stories, components } = result.checked;
// Since the process started, loading the modules included.
const seconds = (performance.now() / 1000).toFixed(1);
const scope = `${datasets} 个数据集、${stories} 篇报道、${components} 个组件`;
if (result.errors.length === 0 && result.skipped.length === 0) {
  console.log(`内容检查通过：${scope}，用时 ${seconds} 秒。`);
} else {
  console.error(formatContentCheck(result).join('\n\n'));
  console.error(`\n发现 ${result.errors.length} 处错误（检查了 ${scope}，用时 ${seconds} 秒）。`);
  process.exitCode = 1;
}
