import { editorError } from '../errors/messages.ts';
import { fieldWhere } from '../errors/where.ts';
import { storySchema, type StoryFrontmatter } from '../schemas/story.ts';
import type { Registry } from './registry.ts';
import { parseWithSchema } from './schema-errors.ts';
import { parseLocatedYaml } from './yaml.ts';

/**
 * Checks a story file's frontmatter against the story schema and the registries, and returns it parsed: the
 * stories named in `related` against `storyIds`, the datasets `data` gives aliases to against `datasetIds`
 * (when given). Errors name the line of the offending field.
 */
export function validateFrontmatter(
  fileText: string,
  file: string,
  registry: Pick<Registry, 'placeIds' | 'sourceIds'>,
  storyIds?: ReadonlySet<string>,
  datasetIds?: ReadonlySet<string>,
): StoryFrontmatter {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\s*(\r?\n|$)/.exec(fileText);
  if (!match) throw editorError('frontmatter-missing', { file, line: 1 }, {});
  const located = parseLocatedYaml(match[1]!, file, 2);
  const story = parseWithSchema(storySchema, located, file, { what: 'frontmatter ', hints: 'story', known: { sources: [...registry.sourceIds], places: [...registry.placeIds] } });
  const at = (field: string, index: number) => ({ file, line: located.lineOf([field, index]), where: fieldWhere([field], 'frontmatter ') });
  story.tags.forEach((tag, index) => {
    // A tag is also a path segment of its page, /tags/<tag>/: these characters would break the address.
    const bad = /[/\\?#%]/.exec(tag);
    if (bad) throw editorError('tag-bad-character', at('tags', index), { found: tag, char: bad[0] });
  });
  const check = (field: 'places' | 'sources' | 'related', code: 'place-unknown' | 'source-unknown' | 'story-unknown', ids: ReadonlySet<string>) => {
    story[field].forEach((id, index) => {
      if (!ids.has(id)) throw editorError(code, at(field, index), { found: id, known: [...ids] });
    });
  };
  check('sources', 'source-unknown', registry.sourceIds);
  check('places', 'place-unknown', registry.placeIds);
  if (storyIds) check('related', 'story-unknown', storyIds);
  for (const [alias, id] of Object.entries(story.data)) {
    const where = { file, line: located.lineOf(['data', alias]), where: fieldWhere(['data', alias], 'frontmatter ') };
    if (!datasetIds) continue;
    if (!datasetIds.has(id)) throw editorError('dataset-unknown', where, { found: id, known: [...datasetIds].sort() });
    // dataset="prices" would read as the dataset prices: an alias may not be another dataset's id.
    if (alias !== id && datasetIds.has(alias)) throw editorError('data-alias-is-dataset', where, { found: alias, dataset: id });
  }
  return story;
}
