import { describe, expect, it } from 'vitest';
import { validateFrontmatter } from '../../src/data/frontmatter.ts';

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

  it('names the line of a bad date', () => {
    expect(() => validateFrontmatter(story(good.replace('2026-11-23', '2026-13-01')), file, registry)).toThrow(
      'content/stories/x.mdx:4 frontmatter 字段“date”：找到“2026-13-01”，应为日期 YYYY-MM-DD（如 2026-04-20）。修改：写成 2026-04-20 这样的日期（中国时间的发布日）。',
    );
  });

  it('names a misspelt field with the name it most likely means, even when that leaves a required field missing', () => {
    expect(() => validateFrontmatter(story(good.replace('tags:', 'tag:')), file, registry)).toThrow(
      'content/stories/x.mdx:7 frontmatter 字段“tag”：找到“tag”，应为已知的字段名（多半是“tags”）。修改：把“tag”改成“tags”。',
    );
    expect(() => validateFrontmatter(story(good.replace('title:', 'titel:')), file, registry)).toThrow(
      'content/stories/x.mdx:2 frontmatter 字段“titel”：找到“titel”，应为已知的字段名（多半是“title”）。修改：把“titel”改成“title”。',
    );
  });

  it('refuses a tag that cannot be a page address', () => {
    expect(() => validateFrontmatter(story(good.replace('[供热运行]', '[供热运行, 价格#收费]')), file, registry)).toThrow(
      'content/stories/x.mdx:7 frontmatter 字段“tags”：找到“价格#收费”，应为不含“#”的主题词（主题词也是它的网址 /tags/<主题词>/ 的一段）。修改：分成两个主题词，或换成顿号，如 [价格, 收费]。',
    );
  });

  it('refuses an invisible character in any value, naming it', () => {
    expect(() => validateFrontmatter(story(good.replace('包头这个采暖季', '包头这个\u200b采暖季')), file, registry)).toThrow(
      'content/stories/x.mdx:2 YAML：找到“包头这个\\u200b采暖季”，应为只含看得见的字符（这个值里有 U+200B，零宽空格）。修改：删掉这个看不见的字符（多半随网页或 PDF 的文字一起复制进来）：重新输入这个值，或在编辑器里打开“显示不可见字符”找到它。',
    );
  });

  it('names a missing required field', () => {
    expect(() => validateFrontmatter(story(good.replace(/^dek:.*\n/m, '')), file, registry)).toThrow(
      'content/stories/x.mdx:2 frontmatter 字段“dek”：应为必填字段“dek”（文字）。修改：补上“dek: …”这一行。',
    );
  });

  it('tells a wrong type from a missing field', () => {
    expect(() => validateFrontmatter(story(good.replace('places: [baotou]', 'places: baotou')), file, registry)).toThrow(
      'content/stories/x.mdx:6 frontmatter 字段“places”：找到“baotou”，应为列表（如 [a, b]）。修改：把“places”改成列表（如 [a, b]）。',
    );
  });

  it('names an unknown field at its line', () => {
    expect(() => validateFrontmatter(story(`${good}\nauthor: 张三`), file, registry)).toThrow(
      'content/stories/x.mdx:9 frontmatter 字段“author”：找到“author”，应为已知的字段名。修改：删除“author”，或改成文档里列出的字段名（见 docs/WRITING.md 与 docs/DATASETS.md）。',
    );
  });

  it('names a source id that is not in sources.yaml', () => {
    expect(() => validateFrontmatter(story(good.replace('sources: [baotou-season-end-2026]', 'sources:\n  - baotou-2026')), file, registry)).toThrow(
      'content/stories/x.mdx:9 frontmatter 字段“sources”：找到“baotou-2026”，应为content/sources.yaml 里的 id（现有：baotou-season-end-2026）。修改：改成已有的 id，或先在 content/sources.yaml 里添加它。',
    );
  });

  it('refuses a file without frontmatter', () => {
    expect(() => validateFrontmatter('正文。', file, registry)).toThrow(/^content\/stories\/x\.mdx:1 应为以“---”开头/);
  });
});
