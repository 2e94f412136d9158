import { EditorError } from '../errors/editor-error.ts';
import { storySchema, type StoryFrontmatter } from '../schemas/story.ts';
import type { Registry } from './registry.ts';
import { parseWithSchema } from './schema-errors.ts';
import { parseLocatedYaml } from './yaml.ts';

/**
 * Checks a story file's frontmatter against the story schema and the registries, and returns it parsed.
 * Errors name the line of the offending field.
 */
export function validateFrontmatter(fileText: string, file: string, registry: Pick<Registry, 'placeIds' | 'sourceIds'>): StoryFrontmatter {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\s*(\r?\n|$)/.exec(fileText);
  if (!match) {
    throw new EditorError({ file, line: 1, expected: '以“---”开头、以“---”结束的 frontmatter', fix: '在文件开头加上 frontmatter（格式见 docs/WRITING.md）。' });
  }
  const located = parseLocatedYaml(match[1]!, file, 2);
  const story = parseWithSchema(storySchema, located, file, {
    what: 'frontmatter ',
    hints: {
      date: '写成 2026-04-20 这样的日期（中国时间的发布日）。',
      updated: '写成 2026-04-20 这样的日期。',
      season: '写成“2025-2026”这样的采暖季。',
    },
  });
  const check = (field: 'places' | 'sources', ids: ReadonlySet<string>, registryFile: string) => {
    story[field].forEach((id, index) => {
      if (!ids.has(id)) {
        throw new EditorError({
          file,
          line: located.lineOf([field, index]),
          where: `frontmatter 字段“${field}”`,
          found: id,
          expected: `${registryFile} 里的 id（现有：${[...ids].join('、')}）`,
          fix: `改成已有的 id，或先在 ${registryFile} 里添加它。`,
        });
      }
    });
  };
  check('sources', registry.sourceIds, 'content/sources.yaml');
  check('places', registry.placeIds, 'content/places.yaml');
  return story;
}
