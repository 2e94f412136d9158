import path from 'node:path';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { readRegistry } from '../data/registry.ts';
import { checkStoryFile, readStoryFiles, storyFileIds, storyIdOf } from '../data/story-files.ts';
import { contentDir } from '../data/content-dir.ts';
import { rethrow } from '../errors/report.ts';

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
      readStoryFiles(storiesDir, readRegistry(dir), rethrow);
      const parseData: LoaderContext['parseData'] = async (props) => {
        // Under astro dev the glob loader reads a changed story anew: check it again, against the registries as they are now.
        if (props.filePath && context.watcher) checkStoryFile(props.filePath, readRegistry(dir), storyFileIds(storiesDir));
        return context.parseData(props);
      };
      await inner.load({ ...context, parseData });
    },
  };
}
