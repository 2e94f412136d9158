import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { editorError } from '../errors/messages.ts';
import { attempt, type Report } from '../errors/report.ts';
import { idPattern } from '../schemas/id.ts';
import type { StoryFrontmatter } from '../schemas/story.ts';
import { displayPath } from './content-dir.ts';
import { validateFrontmatter } from './frontmatter.ts';
import { datasetIdsIn } from './load-all.ts';
import type { Registry } from './registry.ts';

/**
 * The story files of content/stories/, as the stories loader (src/loaders/stories.ts) and
 * `npm run check:content` (src/check/) both read them: what is not a story, each story's file name, its
 * frontmatter against the story schema and the registries.
 */

/** A story's id, which is its address (/stories/<id>/): its file name without .mdx, exactly as written. */
export function storyIdOf(file: string): string {
  return path.basename(file).replace(/\.mdx$/, '');
}

/** One story of content/stories/: its file, its id and, when it was checked and holds, its frontmatter. */
export interface StoryFile {
  /** Absolute path. */
  path: string;
  id: string;
  frontmatter?: StoryFrontmatter;
}

/** What a story's frontmatter may name besides places and sources: the stories and the datasets there are. */
export interface StoryIds {
  /** Every story's id, drafts included (`related`). */
  stories: ReadonlySet<string>;
  /** Every dataset's id by its files in content/data/ (`data`), whether or not it loads. */
  datasets: ReadonlySet<string>;
}

/** The ids a story's frontmatter is checked against, from the content folder `storiesDir` stands in. */
export function storyIdsFor(storiesDir: string): StoryIds {
  return { stories: storyFileIds(storiesDir), datasets: datasetIdsIn(path.join(path.dirname(storiesDir), 'data')) };
}

/**
 * Everything in content/stories/: each file that is not a story reported, then each story's file name and
 * frontmatter, one story at a time (its first mistake to `report`). Without the registries (`undefined`: a
 * registry file has a mistake), frontmatter is not checked. Stories come sorted by file name.
 */
export function readStoryFiles(storiesDir: string, registry: Pick<Registry, 'placeIds' | 'sourceIds'> | undefined, report: Report): StoryFile[] {
  checkStoryFolder(storiesDir, report);
  const ids = storyIdsFor(storiesDir);
  return storyPaths(storiesDir).map((file) => {
    const frontmatter = registry && attempt(report, () => checkStoryFile(file, registry, ids));
    return { path: file, id: storyIdOf(file), ...(frontmatter && { frontmatter }) };
  });
}

/** One story file: its name (the story's address), then its frontmatter. Throws at the first mistake. */
export function checkStoryFile(file: string, registry: Pick<Registry, 'placeIds' | 'sourceIds'>, ids: StoryIds): StoryFrontmatter {
  const shown = displayPath(file);
  if (!idPattern.test(storyIdOf(file))) throw editorError('story-filename-invalid', { file: shown }, { found: path.basename(file) });
  return validateFrontmatter(readFileSync(file, 'utf8'), shown, registry, ids.stories, ids.datasets);
}

/**
 * A story saved as .md, .txt or in a sub-folder is not a story to the glob loader: it would be left out of the
 * site without a word. Anything in content/stories/ that is not a story file is an editor's mistake.
 */
export function checkStoryFolder(storiesDir: string, report: Report): void {
  if (!existsSync(storiesDir)) return;
  for (const entry of readdirSync(storiesDir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || (entry.isFile() && entry.name.endsWith('.mdx'))) continue;
    const at = { file: displayPath(path.join(storiesDir, entry.name)) };
    if (entry.isDirectory()) report(editorError('story-folder', at, { found: `${entry.name}/`, dir: displayPath(storiesDir) }));
    else report(editorError('story-not-mdx', at, { found: entry.name, stem: entry.name.replace(/\.[^.]*$/, '') }));
  }
}

/** Every story's id: its file name without .mdx, drafts included (a draft may be named as related). */
export function storyFileIds(storiesDir: string): Set<string> {
  return new Set(storyPaths(storiesDir).map(storyIdOf));
}

function storyPaths(storiesDir: string): string[] {
  if (!existsSync(storiesDir)) return [];
  return readdirSync(storiesDir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => path.join(storiesDir, entry.name))
    .sort();
}
