import { describe, expect, it } from 'vitest';
import { characterBoundaries } from '../../src/lib/pagefind.ts';

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
