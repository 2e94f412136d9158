import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { readRegistry } from '../data/registry.ts';
import { EditorError } from '../errors/editor-error.ts';
import { idPattern } from '../schemas/id.ts';
import { validateFrontmatter } from '../data/frontmatter.ts';
import { contentDir, displayPath } from '../data/content-dir.ts';

/**
 * The `stories` collection: Astro's glob loader over content/stories/*.mdx, with each frontmatter checked
 * first by src/data/frontmatter.ts, so that a mistake is reported with its file and line.
 */
export function storiesLoader(): Loader {
  const dir = contentDir();
  const inner = glob({ pattern: '*.mdx', base: path.join(dir, 'stories') });
  return {
    name: 'hsd-stories',
    load: async (context) => {
      checkStoryFiles(path.join(dir, 'stories'));
      // Read once per load, not once per story.
      let registry: ReturnType<typeof readRegistry> | undefined;
      let storyIds: Set<string> | undefined;
      const parseData: LoaderContext['parseData'] = async (props) => {
        if (props.filePath && !idPattern.test(props.id)) {
          throw new EditorError({ file: displayPath(props.filePath), where: '文件名', found: path.basename(props.filePath), expected: '小写字母、数字和连字符组成的文件名（它就是网址 /stories/<文件名>/）', fix: '重命名文件，如 baotou-season-2025-2026.mdx。' });
        }
        if (props.filePath) {
          validateFrontmatter(readFileSync(props.filePath, 'utf8'), displayPath(props.filePath), (registry ??= readRegistry(dir)), (storyIds ??= storyFileIds(path.join(dir, 'stories'))));
        }
        return context.parseData(props);
      };
      await inner.load({ ...context, parseData });
    },
  };
}

/**
 * A story saved as .md, .txt or in a sub-folder is not a story to the glob loader: it would be left out of the
 * site without a word. Anything in content/stories/ that is not a story file is an editor's mistake.
 */
function checkStoryFiles(storiesDir: string): void {
  if (!existsSync(storiesDir)) return;
  for (const entry of readdirSync(storiesDir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || (entry.isFile() && entry.name.endsWith('.mdx'))) continue;
    const folder = entry.isDirectory();
    throw new EditorError({
      file: displayPath(path.join(storiesDir, entry.name)),
      where: folder ? '文件夹' : '文件',
      found: folder ? `${entry.name}/` : entry.name,
      expected: folder ? `${displayPath(storiesDir)}/ 里没有子文件夹（报道是其中的 .mdx 文件）` : '扩展名为 .mdx 的报道文件',
      fix: folder
        ? '把报道移到 content/stories/ 下，删掉这个子文件夹；不是报道的文件不要放在这里。'
        : `改名为 ${entry.name.replace(/\.[^.]*$/, '')}.mdx（格式见 docs/WRITING.md）；不是报道的文件移出 content/stories/。`,
    });
  }
}

/** Every story's id: its file name without .mdx, drafts included (a draft may be named as related). */
function storyFileIds(storiesDir: string): Set<string> {
  return new Set(readdirSync(storiesDir).filter((file) => file.endsWith('.mdx')).map((file) => file.slice(0, -'.mdx'.length)));
}
