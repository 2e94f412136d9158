import { EditorError } from '../errors/editor-error.ts';
import { storySchema, type StoryFrontmatter } from '../schemas/story.ts';
import type { Registry } from './registry.ts';
import { parseWithSchema } from './schema-errors.ts';
import { parseLocatedYaml } from './yaml.ts';

/**
 * Checks a story file's frontmatter against the story schema and the registries, and returns it parsed.
 * Errors name the line of the offending field.
 */
export function validateFrontmatter(fileText: string, file: string, registry: Pick<Registry, 'placeIds' | 'sourceIds'>, storyIds?: ReadonlySet<string>): StoryFrontmatter {
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
  story.tags.forEach((tag, index) => {
    // A tag is also a path segment of its page, /tags/<tag>/: these characters would break the address.
    const bad = /[/\\?#%]/.exec(tag);
    if (bad) {
      throw new EditorError({
        file,
        line: located.lineOf(['tags', index]),
        where: 'frontmatter 字段“tags”',
        found: tag,
        expected: `不含“${bad[0]}”的主题词（主题词也是它的网址 /tags/<主题词>/ 的一段）`,
        fix: `分成两个主题词，或换成顿号，如 [${tag.split(bad[0]).filter(Boolean).join(', ')}]。`,
      });
    }
  });
  const check = (field: 'places' | 'sources' | 'related', ids: ReadonlySet<string>, expected: string, fix: string) => {
    story[field].forEach((id, index) => {
      if (!ids.has(id)) {
        throw new EditorError({
          file,
          line: located.lineOf([field, index]),
          where: `frontmatter 字段“${field}”`,
          found: id,
          expected: `${expected}（现有：${[...ids].join('、')}）`,
          fix,
        });
      }
    });
  };
  const registryCheck = (field: 'places' | 'sources', ids: ReadonlySet<string>, file: string) => check(field, ids, `${file} 里的 id`, `改成已有的 id，或先在 ${file} 里添加它。`);
  registryCheck('sources', registry.sourceIds, 'content/sources.yaml');
  registryCheck('places', registry.placeIds, 'content/places.yaml');
  if (storyIds) check('related', storyIds, 'content/stories/ 里一篇报道的文件名（不含 .mdx）', '改成要链接的报道的文件名，如 baotou-season-2025-2026。');
  return story;
}
