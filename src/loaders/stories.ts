import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { readRegistry } from '../data/registry.ts';
import { editorError } from '../errors/messages.ts';
import { idPattern } from '../schemas/id.ts';
import { validateFrontmatter } from '../data/frontmatter.ts';
import { contentDir, displayPath } from '../data/content-dir.ts';
import { storedError, storyErrorKey } from './dev-errors.ts';

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
      const check: LoaderContext['parseData'] = async (props) => {
        if (props.filePath && !idPattern.test(props.id)) {
          throw editorError('story-filename-invalid', { file: displayPath(props.filePath) }, { found: path.basename(props.filePath) });
        }
        if (props.filePath) {
          validateFrontmatter(readFileSync(props.filePath, 'utf8'), displayPath(props.filePath), (registry ??= readRegistry(dir)), (storyIds ??= storyFileIds(path.join(dir, 'stories'))));
        }
        return context.parseData(props);
      };
      // In dev, a story with a mistake is stored as the error, which the page then shows (src/loaders/dev-errors.ts);
      // the registries are read again at each save, as an edit to them may be the fix.
      const parseData: LoaderContext['parseData'] = !context.watcher
        ? check
        : async (props) => {
            registry = undefined;
            storyIds = undefined;
            try {
              return await check(props);
            } catch (error) {
              context.logger.error(error instanceof Error ? error.message : String(error));
              return { [storyErrorKey]: storedError(error) } as never;
            }
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
    const at = { file: displayPath(path.join(storiesDir, entry.name)) };
    if (entry.isDirectory()) throw editorError('story-folder', at, { found: `${entry.name}/`, dir: displayPath(storiesDir) });
    throw editorError('story-not-mdx', at, { found: entry.name, stem: entry.name.replace(/\.[^.]*$/, '') });
  }
}

/** Every story's id: its file name without .mdx, drafts included (a draft may be named as related). */
function storyFileIds(storiesDir: string): Set<string> {
  return new Set(readdirSync(storiesDir).filter((file) => file.endsWith('.mdx')).map((file) => file.slice(0, -'.mdx'.length)));
}
