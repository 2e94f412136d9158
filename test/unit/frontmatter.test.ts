import { describe, expect, it } from 'vitest';
import { validateFrontmatter } from '../../src/data/frontmatter.ts';
import { fieldWhere } from '../../src/errors/where.ts';
import { expectEditorError } from '../support/editor-errors.ts';

const registry = { placeIds: new Set(['baotou']), sourceIds: new Set(['baotou-season-end-2026']) };
const file = 'content/stories/x.mdx';
const story = (frontmatter: string) => `---\n${frontmatter}\n---\n\n正文。\n`;
const good = `title: 包头这个采暖季
dek: 两家供热单位交出的数字账本，我们把它们整理成数据。
date: 2026-11-23
season: 2025-2026
places: [baotou]
tags: [供热运行]
sources: [baotou-season-end-2026]`;

describe('validateFrontmatter', () => {
  it('parses good frontmatter with defaults', () => {
    const data = validateFrontmatter(story(good), file, registry);
    expect(data).toMatchObject({ title: '包头这个采暖季', date: '2026-11-23', draft: false, byline: '供热季数据组', updates: [] });
  });

  const where = (field: string) => fieldWhere([field], 'frontmatter ');

  it('names the line of a bad date', () => {
    expectEditorError(() => validateFrontmatter(story(good.replace('2026-11-23', '2026-13-01')), file, registry), {
      code: 'field-wrong-format',
      file,
      line: 4,
      where: where('date'),
      details: { field: 'date', found: '2026-13-01', format: 'date', hint: 'story.date' },
    });
  });

  it('names a misspelt field with the name it most likely means, even when that leaves a required field missing', () => {
    expectEditorError(() => validateFrontmatter(story(good.replace('tags:', 'tag:')), file, registry), {
      code: 'field-unknown',
      file,
      line: 7,
      where: where('tag'),
      details: { field: 'tag', found: 'tag', suggestion: 'tags' },
    });
    expectEditorError(() => validateFrontmatter(story(good.replace('title:', 'titel:')), file, registry), {
      code: 'field-unknown',
      file,
      line: 2,
      where: where('titel'),
      details: { field: 'titel', found: 'titel', suggestion: 'title' },
    });
  });

  it('refuses a tag that cannot be a page address', () => {
    expectEditorError(() => validateFrontmatter(story(good.replace('[供热运行]', '[供热运行, 价格#收费]')), file, registry), {
      code: 'tag-bad-character',
      file,
      line: 7,
      where: where('tags'),
      details: { found: '价格#收费', char: '#' },
    });
  });

  it('refuses an invisible character in any value, naming it', () => {
    expectEditorError(() => validateFrontmatter(story(good.replace('包头这个采暖季', '包头这个\u200b采暖季')), file, registry), {
      code: 'invisible-character',
      file,
      line: 2,
      where: 'YAML',
      details: { found: '包头这个\u200b采暖季', char: '\u200b', in: 'value' },
    });
  });

  it('names a missing required field', () => {
    const error = expectEditorError(() => validateFrontmatter(story(good.replace(/^dek:.*\n/m, '')), file, registry), {
      code: 'field-missing',
      file,
      line: 2,
      where: where('dek'),
      details: { field: 'dek', type: 'string' },
    });
    expect(error.parts.found).toBeUndefined();
  });

  it('tells a wrong type from a missing field', () => {
    expectEditorError(() => validateFrontmatter(story(good.replace('places: [baotou]', 'places: baotou')), file, registry), {
      code: 'field-wrong-type',
      file,
      line: 6,
      where: where('places'),
      details: { field: 'places', found: 'baotou', type: 'array' },
    });
  });

  it('names an unknown field at its line', () => {
    expectEditorError(() => validateFrontmatter(story(`${good}\nauthor: 张三`), file, registry), {
      code: 'field-unknown',
      file,
      line: 9,
      where: where('author'),
      details: { field: 'author', found: 'author' },
    });
  });

  it('names a source id that is not in sources.yaml', () => {
    expectEditorError(() => validateFrontmatter(story(good.replace('sources: [baotou-season-end-2026]', 'sources:\n  - baotou-2026')), file, registry), {
      code: 'source-unknown',
      file,
      line: 9,
      where: where('sources'),
      details: { found: 'baotou-2026', known: ['baotou-season-end-2026'] },
    });
  });

  it('names a related story that does not exist', () => {
    expectEditorError(() => validateFrontmatter(story(`${good}\nrelated: [baotou-2026]`), file, registry, new Set(['x', 'bills'])), {
      code: 'story-unknown',
      file,
      line: 9,
      where: where('related'),
      details: { found: 'baotou-2026', known: ['x', 'bills'] },
    });
  });

  it('refuses a file without frontmatter', () => {
    expectEditorError(() => validateFrontmatter('正文。', file, registry), { code: 'frontmatter-missing', file, line: 1 });
  });
});
