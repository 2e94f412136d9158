import path from 'node:path';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { readRegistry } from '../data/registry.ts';
import { checkStoryFile, readStoryFiles, storyIdOf, storyIdsFor } from '../data/story-files.ts';
import { contentDir } from '../data/content-dir.ts';
import { rethrow } from '../errors/report.ts';
import { storedError, storyErrorKey } from './dev-errors.ts';

/**
 * The `stories` collection: Astro's glob loader over content/stories/*.mdx, each story's id its file name
 * (`storyIdOf`). Every story file is checked first by src/data/story-files.ts (what is not a story, the file
 * name, the frontmatter), the same reading `npm run check:content` makes, so that a mistake is reported with
 * its file and line before Astro parses the frontmatter its own way. A story edited under `astro dev` is
 * checked again as the glob loader reads it anew.
 */
export function storiesLoader(): Loader {
  const dir = contentDir();
  const storiesDir = path.join(dir, 'stories');
  const inner = glob({ pattern: '*.mdx', base: storiesDir, generateId: ({ entry }) => storyIdOf(entry) });
  return {
    name: 'hsd-stories',
    load: async (context) => {
      if (!context.watcher) readStoryFiles(storiesDir, readRegistry(dir), rethrow);
      else {
        // In dev a mistake must not stop the server: it is logged here, and each story's own shows in its page.
        try {
          readStoryFiles(storiesDir, readRegistry(dir), rethrow);
        } catch (error) {
          context.logger.error(error instanceof Error ? error.message : String(error));
        }
      }
      const check: LoaderContext['parseData'] = async (props) => {
        // Under astro dev the glob loader reads a changed story anew: check it again, against the registries as they are now.
        if (props.filePath && context.watcher) checkStoryFile(props.filePath, readRegistry(dir), storyIdsFor(storiesDir));
        return context.parseData(props);
      };
      // In dev, a story with a mistake is stored as the error, which the page then shows (src/loaders/dev-errors.ts).
      const parseData: LoaderContext['parseData'] = !context.watcher
        ? check
        : async (props) => {
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
