/**
 * `npm run new-story -- <slug> --title <标题> --place <place-id> [--dataset <id>…]`: writes
 * content/stories/<slug>.mdx, a draft with complete frontmatter and a skeleton (src/editorial/new-story.ts).
 * A mistake in the arguments is one editor error line, exit 1.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { contentDir, displayPath } from '../src/data/content-dir.ts';
import { newStory } from '../src/editorial/new-story.ts';
import { EditorError } from '../src/errors/editor-error.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { title: { type: 'string' }, place: { type: 'string' }, dataset: { type: 'string', multiple: true } },
});
const [slug] = positionals;
if (!slug || !values.title || !values.place) {
  console.error('用法：npm run new-story -- <文件名> --title <标题> --place <地点 id> [--dataset <数据集 id>]…');
  process.exit(1);
}
// China Standard Time, as the site dates stories.
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
try {
  const { file, text } = newStory({ slug, title: values.title, place: values.place, datasets: values.dataset ?? [] }, contentDir(), today);
  writeFileSync(file, text);
  console.log(`已写好 ${displayPath(file)}（草稿，draft: true）。在 npm run dev 里打开 /stories/${slug}/ 预览。`);
} catch (error) {
  if (!(error instanceof EditorError)) throw error;
  console.error(error.message);
  process.exit(1);
}
