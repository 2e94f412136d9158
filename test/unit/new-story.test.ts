import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkContent, formatContentCheck } from '../../src/check/content.ts';
import { displayPath } from '../../src/data/content-dir.ts';
import { newStory, storyAliases } from '../../src/editorial/new-story.ts';
import { root } from '../support/build.ts';
import { expectEditorError } from '../support/editor-errors.ts';
import { layOutFixture } from '../support/fixture-sites.ts';

/** `npm run new-story` over a scratch copy of the base fixture site. */
const content = path.join(root, 'test/.output/new-story/content');
const fresh = () => {
  rmSync(path.dirname(content), { recursive: true, force: true });
  layOutFixture('base', content);
};
const file = (slug: string) => displayPath(path.join(content, 'stories', `${slug}.mdx`));
const request = { slug: 'datong-prices', title: '大同的热价为什么最高', place: 'shuozhou', datasets: ['prices'] };

describe('npm run new-story', () => {
  it('writes a draft dated today, its sources and period from its datasets, with 数据说明, that passes every check', () => {
    fresh();
    const story = newStory(request, content, '2026-12-02');
    expect(story.file).toBe(path.join(content, 'stories/datong-prices.mdx'));
    writeFileSync(story.file, story.text);
    const frontmatter = parse(/^---\n([\s\S]*?)\n---/.exec(story.text)![1]!);
    expect(frontmatter).toEqual({
      title: '大同的热价为什么最高',
      dek: '待写：一两句话的摘要，写出报道的发现（10 到 200 个字）。',
      date: '2026-12-02',
      periodNote: '数据集所讲的时段：2022',
      places: ['shuozhou'],
      tags: [],
      byline: '供热季数据组',
      sources: ['test-report'],
      data: { prices: 'prices' },
      draft: true,
    });
    expect(story.text).toContain('<Period dataset="prices" />');
    expect(story.text).toContain('`:num[prices.行键]`');
    expect(story.text).toMatch(/\n## 数据说明\n\n[^\n]+\n\n- 测试用供热价格（prices）\n$/);
    const result = checkContent(content);
    expect(formatContentCheck(result)).toEqual([]);
    expect(result.checked.stories).toBe(2);
  });

  it('gives each dataset a short alias: its last word that is not a year, unique, and never another dataset\'s id', () => {
    const ids = new Set(['shanxi-city-heating-prices-2022', 'baotou-heat-group-operations-2025-2026', 'hongqiao-heating-operations-2024-2025', 'prices', 'scale']);
    expect([...storyAliases(['shanxi-city-heating-prices-2022', 'baotou-heat-group-operations-2025-2026', 'hongqiao-heating-operations-2024-2025'], ids)]).toEqual([
      ['shanxi-city-heating-prices-2022', 'prices2'],
      ['baotou-heat-group-operations-2025-2026', 'operations'],
      ['hongqiao-heating-operations-2024-2025', 'operations2'],
    ]);
    expect([...storyAliases(['prices', 'heating-scale-2022'], ids)]).toEqual([['prices', 'prices'], ['heating-scale-2022', 'scale2']]);
  });

  it('refuses an address that is not one, a story that exists, an unknown place or dataset, and no dataset', () => {
    fresh();
    expectEditorError(() => newStory({ ...request, slug: 'Datong_Prices' }, content, '2026-12-02'), { code: 'story-filename-invalid', file: file('Datong_Prices'), details: { found: 'Datong_Prices.mdx' } });
    expectEditorError(() => newStory({ ...request, slug: 'prices' }, content, '2026-12-02'), { code: 'story-exists', file: file('prices'), details: { found: 'prices' } });
    expectEditorError(() => newStory({ ...request, place: 'datong' }, content, '2026-12-02'), { code: 'place-unknown', file: file('datong-prices'), where: '--place', details: { found: 'datong', known: ['shanxi', 'shuozhou'] } });
    expectEditorError(() => newStory({ ...request, datasets: ['price'] }, content, '2026-12-02'), { code: 'dataset-unknown', file: file('datong-prices'), where: '--dataset', details: { found: 'price', known: ['prices'] } });
    expectEditorError(() => newStory({ ...request, datasets: [] }, content, '2026-12-02'), { code: 'story-needs-dataset', file: file('datong-prices'), details: {} });
    expect(existsSync(path.join(content, 'stories/datong-prices.mdx'))).toBe(false);
  });
});
