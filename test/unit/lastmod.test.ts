import { describe, expect, it } from 'vitest';
import { pageLastModified } from '../../src/lib/lastmod.ts';
import { jsonLdText, type JsonLd } from '../../src/lib/structured-data.ts';

/** The sitemap's <lastmod> of a page is the dateModified of its own structured data (src/lib/lastmod.ts). */
describe('a page’s last modification, as the sitemap gives it', () => {
  const page = (data: JsonLd | undefined) => `<!doctype html><html lang="zh-CN"><head>${data ? `<script type="application/ld+json">${jsonLdText(data)}</script>` : ''}</head><body><p>正文</p></body></html>`;

  it('is the dateModified of the page’s JSON-LD', () => {
    expect(pageLastModified(page({ '@type': 'NewsArticle', headline: '包头<供热>', datePublished: '2025-11-02', dateModified: '2025-11-20' }))).toBe('2025-11-20');
    expect(pageLastModified(page({ '@type': 'Dataset', name: '供热面积', dateModified: '2026-12-01' }))).toBe('2026-12-01');
  });

  it('is none for a page without structured data, or whose data gives no date of that form', () => {
    expect(pageLastModified(page(undefined))).toBeUndefined();
    expect(pageLastModified(page({ '@type': 'Place', name: '乌海市' }))).toBeUndefined();
    expect(pageLastModified(page({ '@type': 'Dataset', dateModified: '2026年12月1日' }))).toBeUndefined();
  });
});
