import { describe, expect, it } from 'vitest';
import { characterBoundaries, defaultShardPages, shardFolder, shardPagesSetting } from '../../src/lib/pagefind.ts';

/** What Pagefind is given to index: every Chinese character of the text its own word (src/lib/pagefind.ts). */
describe('the page as the search index reads it', () => {
  const z = '\u200b';

  it('puts a zero-width space before each Chinese character of the text, the first included', () => {
    expect(characterBoundaries('<h1>乌海市</h1>')).toBe(`<h1>${z}乌${z}海${z}市</h1>`);
    expect(characterBoundaries('<p>2022年供热 PM2.5 下降</p>')).toBe(`<p>2022${z}年${z}供${z}热 PM2.5 ${z}下${z}降</p>`);
  });

  it('separates characters in neighbouring elements, as in two table cells', () => {
    expect(characterBoundaries('<tr><th>行</th><th>列</th></tr>')).toBe(`<tr><th>${z}行</th><th>${z}列</th></tr>`);
  });

  it('leaves tags and attributes as they are: filters, metadata, labels', () => {
    const tag = '<span hidden data-pagefind-meta="title:海勃湾“煤改电”" aria-label="地点"></span>';
    expect(characterBoundaries(tag)).toBe(tag);
    expect(characterBoundaries('<a title="供热" href="/hsd/places/wuhai/">乌海</a>')).toBe(`<a title="供热" href="/hsd/places/wuhai/">${z}乌${z}海</a>`);
  });
});

describe('the shards of the index', () => {
  it('are the folders pagefind, pagefind-2, pagefind-3, …', () => {
    expect([0, 1, 2, 10].map(shardFolder)).toEqual(['pagefind', 'pagefind-2', 'pagefind-3', 'pagefind-11']);
  });

  it('hold 1,000 pages unless HSD_SEARCH_SHARD_PAGES says otherwise', () => {
    expect(defaultShardPages).toBe(1000);
    expect(shardPagesSetting(undefined)).toBe(1000);
    expect(shardPagesSetting('')).toBe(1000);
    expect(shardPagesSetting('30')).toBe(30);
  });

  it('stop the build with the value found and what is expected for any other setting', () => {
    for (const value of ['0', '-5', '2.5', '1e3', 'many', ' 30']) {
      expect(() => shardPagesSetting(value)).toThrow(`HSD_SEARCH_SHARD_PAGES is “${value}”: it must be a whole number of pages, 1 or more (the most one shard of the search index holds; unset, 1000).`);
    }
  });
});
