import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';
import { storyParts } from '../../src/lib/story-parts.ts';
import { root } from '../support/build.ts';
import { textareaText } from '../support/embed-codes.ts';
import { base, siteOrigin } from '../support/site.setup.ts';

/**
 * Embeds in the built site: an embed page for every chart of every published story and nothing else, each
 * with only the chart and its way back; the 嵌入 control under each chart with code that names them; and the
 * resize script, within its 1 KB gzip (a stated limit of bytes, so asserted here; `npm run bench` prints it).
 */
const siteDir = inject('siteDir');
const publicUrl = `${siteOrigin}${base}`;
const documentOf = (file: string) => parseHTML(readFileSync(path.join(siteDir, file), 'utf8')).document;

const stories = readdirSync(path.join(siteDir, 'stories')).filter((name) => existsSync(path.join(siteDir, 'stories', name, 'index.html')));
/** Each published story's charts, read from its file as the build's index reads it. */
const charts = stories.flatMap((story) => storyParts(path.join(root, 'content/stories', `${story}.mdx`)).charts.map((chart) => ({ story, id: chart.id })));

describe('embed pages', () => {
  it('exist for every chart of every published story, and only for those', () => {
    expect(stories.length).toBeGreaterThanOrEqual(7);
    expect(charts.length).toBeGreaterThanOrEqual(stories.length);
    const built = readdirSync(path.join(siteDir, 'embed'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((story) => readdirSync(path.join(siteDir, 'embed', story.name)).map((chart) => `${story.name}/${chart}`));
    expect(built.sort()).toEqual(charts.map((chart) => `${chart.story}/${chart.id}`).sort());
    // And every chart of a story page has its id there, where the embed page links back to.
    for (const story of stories) {
      const ids = [...documentOf(`stories/${story}/index.html`).querySelectorAll('[data-embed-code]')].map((control) => control.closest('[id^="chart-"]')!.id);
      expect(ids, story).toEqual(charts.filter((chart) => chart.story === story).map((chart) => `chart-${chart.id}`));
    }
  });

  it('show the chart, its title, its source line and a link back to the story at the chart, and nothing else; kept out of search engines, canonical to the story', () => {
    for (const { story, id } of charts) {
      const where = `embed/${story}/${id}/`;
      const doc = documentOf(`${where}index.html`);
      const storyDoc = documentOf(`stories/${story}/index.html`);
      expect(doc.documentElement.getAttribute('lang'), where).toBe('zh-CN');
      expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content'), where).toBe('noindex');
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), where).toBe(`${publicUrl}stories/${story}/`);
      expect(doc.querySelector('header, footer, nav, .site-header, .site-footer, .skip-link'), where).toBeNull();
      // The chart is the story's, drawn the same, without the controls under it.
      const chart = doc.getElementById(`chart-${id}`)!;
      const inStory = storyDoc.getElementById(`chart-${id}`)!;
      expect(chart, where).not.toBeNull();
      expect(chart.tagName, where).toBe(inStory.tagName);
      expect(chart.querySelector('.chart__actions, [data-embed-code]'), where).toBeNull();
      inStory.querySelector('.chart__actions')!.remove();
      expect(chart.outerHTML, where).toBe(inStory.outerHTML);
      const title = chart.querySelector('.chart__title, .big-numbers__title')?.textContent ?? '关键数字';
      expect(doc.querySelector('title')?.textContent, where).toBe(`${title} - 供热季数据台`);
      expect(chart.querySelector(`a[href^="${base}sources/#"]`), `${where}: a source line`).not.toBeNull();
      const main = doc.querySelector('main')!;
      expect([...main.children].map((child) => child.tagName.toLowerCase()).filter((tag) => tag !== 'template' && tag !== 'script'), where).toEqual([chart.tagName.toLowerCase(), 'p']);
      const back = main.querySelector('.embed__credit a')!;
      expect(back.getAttribute('href'), where).toBe(`${base}stories/${story}/#chart-${id}`);
      expect(back.textContent, where).toBe(`来自供热季数据台的报道《${storyDoc.querySelector('h1')!.textContent}》`);
      // Its links open outside the frame.
      expect(doc.querySelector('base')?.getAttribute('target'), where).toBe('_blank');
    }
  });
});

describe('the 嵌入 control under a story chart', () => {
  it('holds an iframe of the embed page and the resize script, both at their public address', () => {
    for (const { story, id } of charts) {
      const doc = documentOf(`stories/${story}/index.html`);
      const control = doc.getElementById(`chart-${id}`)!.querySelector('.chart__actions [data-embed-code]')!;
      expect(control.querySelector('summary')?.textContent).toBe('嵌入');
      const code = parseHTML(`<!doctype html><html><body>${textareaText(control.querySelector('textarea[readonly]')!)}</body></html>`).document;
      const iframe = code.querySelector('iframe')!;
      const title = doc.getElementById(`chart-${id}`)!.querySelector('.chart__title, .big-numbers__title')?.textContent ?? '关键数字';
      expect(iframe.getAttribute('src')).toBe(`${publicUrl}embed/${story}/${id}/`);
      expect(iframe.getAttribute('title')).toBe(title);
      expect(iframe.getAttribute('width')).toBe('100%');
      expect(iframe.getAttribute('scrolling')).toBe('no');
      expect(Number(iframe.getAttribute('height'))).toBeGreaterThanOrEqual(200);
      expect(iframe.hasAttribute('data-hsd-embed')).toBe(true);
      const scripts = [...code.querySelectorAll('script')];
      expect(scripts.map((script) => script.getAttribute('src'))).toEqual([`${publicUrl}embed/resize.js`]);
      expect(code.body.children).toHaveLength(2);
    }
  });
});

describe('the resize script, /embed/resize.js', () => {
  const file = path.join(siteDir, 'embed/resize.js');
  const script = readFileSync(file, 'utf8');

  it('is at most 1 KB gzip', () => {
    expect(gzipSync(script).length).toBeLessThanOrEqual(1024);
  });

  it('is plain JavaScript that imports nothing and listens for the frames’ heights', () => {
    expect(() => new Function(script)).not.toThrow();
    expect(script).not.toMatch(/\bimport\b|\bexport\b/);
    expect(script).toContain('hsd-embed:height');
    expect(script).toContain('iframe[data-hsd-embed]');
  });
});
