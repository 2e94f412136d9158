import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { embedCode, initialEmbedHeight } from '../../src/lib/embed.ts';
import { storyChartOf } from '../../src/lib/story-chart.ts';
import { jsonLdText, temporalCoverage } from '../../src/lib/structured-data.ts';

beforeAll(() => {
  vi.stubEnv('SITE', 'https://heat.example.org');
});
afterAll(() => {
  vi.unstubAllEnvs();
});

describe('the embed code', () => {
  it('is an iframe of the embed page and the resize script, at their absolute addresses', () => {
    const code = embedCode({ story: 'baotou-season-2025-2026', chart: 'bar-baotou-heating-scale-2025-2026', title: '包头两家供热单位的供热面积', height: 412.4 });
    const { document } = parseHTML(`<!doctype html><html><body>${code}</body></html>`);
    const iframe = document.querySelector('iframe')!;
    expect(Object.fromEntries([...iframe.attributes].map((attribute) => [attribute.name, attribute.value]))).toEqual({
      src: 'https://heat.example.org/embed/baotou-season-2025-2026/bar-baotou-heating-scale-2025-2026/',
      title: '包头两家供热单位的供热面积',
      width: '100%',
      height: '412',
      scrolling: 'no',
      frameborder: '0',
      loading: 'lazy',
      'data-hsd-embed': '',
    });
    expect([...document.querySelectorAll('script')].map((script) => [script.getAttribute('src'), script.hasAttribute('async')])).toEqual([['https://heat.example.org/embed/resize.js', true]]);
  });

  it('keeps a title with quotes, ampersands and angle brackets inside its attribute', () => {
    const title = '“煤改电”<二期> & "余" 户';
    const { document } = parseHTML(`<!doctype html><html><body>${embedCode({ story: 's', chart: 'c', title, height: 300 })}</body></html>`);
    expect(document.querySelector('iframe')!.getAttribute('title')).toBe(title);
    expect(document.querySelectorAll('iframe, script')).toHaveLength(2);
  });
});

describe('the initial height of an embed', () => {
  it('is the drawings’ height, panels two a row, plus what stands around them', () => {
    expect(initialEmbedHeight({ drawings: [200] })).toBe(420);
    expect(initialEmbedHeight({ drawings: [150, 180, 160], columns: 2 })).toBe(220 + 180 + 40 + 160 + 40);
  });

  it('is the rows of a table or of key figures', () => {
    expect(initialEmbedHeight({ rows: 4, perRow: 3, rowHeight: 190 })).toBe(220 + 2 * 190);
    expect(initialEmbedHeight({ rows: 5, perRow: 1, rowHeight: 40 })).toBe(220 + 200);
  });
});

describe('a chart’s story', () => {
  it('is the story file its __source names, with the id the MDX plugin gave it', () => {
    expect(storyChartOf({ __id: 'bar-x', __source: 'content/stories/baotou-season-2025-2026.mdx:12:1' })).toEqual({ story: 'baotou-season-2025-2026', chart: 'bar-x' });
  });

  it('is none for a chart of a page template, which has no id', () => {
    expect(storyChartOf({ __source: undefined })).toBeUndefined();
    expect(storyChartOf({ __id: 'bar-x' })).toBeUndefined();
  });
});

describe('structured data', () => {
  it('gives a dataset’s period as ISO 8601: a year, or the years a season or a range spans', () => {
    expect(temporalCoverage('2022')).toBe('2022');
    expect(temporalCoverage('2025-2026')).toBe('2025/2026');
    expect(temporalCoverage('2020-2022')).toBe('2020/2022');
    expect(temporalCoverage('unknown')).toBeUndefined();
  });

  it('writes JSON that no value can close its <script> with', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
