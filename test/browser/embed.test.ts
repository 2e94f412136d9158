import { createServer, type Server } from 'node:http';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage } from '../support/browser.ts';
import { embedCodes as codesOf } from '../support/embed-codes.ts';
import { base, siteOrigin } from '../support/site.setup.ts';

/**
 * A chart embedded in another site, as a newsroom would paste it: the embed code is taken from the 嵌入 control
 * under the chart on the built story page, put into a host page served from another origin (a second server on
 * another port) in a column of its own width, and the iframe must come to its content's height, with nothing
 * to scroll, and keep to it as the width changes. Also: the copy button, and the embed page's themes.
 */
const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const publicUrl = `${siteOrigin}${base}`;
const story = 'baotou-season-2025-2026';
const embedCodes = (slug: string) => codesOf(siteDir, slug);

/** A page of another site: the embed codes in a column at most `column` px wide, with text around them. */
function hostPage(codes: readonly string[], column: number): string {
  // The public address is where the test build is served from here (a static host at SITE_URL would be).
  const local = codes.map((code) => code.replaceAll(publicUrl, siteUrl));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"><style>body { margin: 0; font: 16px/1.5 serif; } .column { max-width: ${column}px; margin: 0 auto; padding: 0 16px; }</style></head>
<body><div class="column"><h1>Another newsroom</h1><p>Before the chart.</p>${local.join('<p>Between the charts.</p>')}<p>After the chart.</p></div></body></html>`;
}

let browser: Browser;
let host: Server;
let hostUrl: string;
const hostPages = new Map<string, string>();

beforeAll(async () => {
  browser = await launchChromium();
  host = createServer((request, response) => {
    const page = hostPages.get(request.url ?? '');
    response.statusCode = page ? 200 : 404;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(page ?? '');
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as { port: number }).port}`;
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => host?.close(resolve));
});

interface Fit {
  /** The iframe's height on the host page, px. */
  frame: number;
  /** The embed page's own height, measured inside. */
  content: number;
  /** Inside the frame: what overflows its viewport, down and across. */
  overflowY: number;
  overflowX: number;
  /** Whether the embed page has loaded, its fonts too. */
  loaded: boolean;
  width: number;
}

async function fits(page: Page): Promise<Fit[]> {
  const frames = page.frames().filter((frame) => frame !== page.mainFrame());
  return Promise.all(
    frames.map(async (frame: Frame) => {
      const element = await frame.frameElement();
      const box = (await element.boundingBox())!;
      const inside = await frame.evaluate(() => ({
        content: document.documentElement.getBoundingClientRect().height,
        overflowY: document.documentElement.scrollHeight - innerHeight,
        overflowX: document.documentElement.scrollWidth - innerWidth,
        // Loaded, styles and fonts included: before that the page's height is not yet its own.
        loaded: document.readyState === 'complete' && document.fonts.status === 'loaded',
      }));
      return { frame: box.height, width: box.width, ...inside };
    }),
  );
}

/** Waits until every frame has its content's height (at most a pixel more, for rounding up). */
async function settled(page: Page, count: number): Promise<Fit[]> {
  await expect
    .poll(async () => {
      const found = await fits(page);
      return found.length === count && found.every((fit) => fit.loaded && fit.frame >= fit.content && fit.frame - fit.content < 1);
    }, { timeout: 10_000 })
    .toBe(true);
  return fits(page);
}

describe('a chart embedded in another site', () => {
  it('comes to its content’s height with no scroll bar in a host page of another width and origin, and keeps to it when the width changes', async () => {
    const codes = embedCodes(story);
    const chosen = ['bar-baotou-heating-scale-2025-2026', 'big-numbers'].map((id) => codes.get(id)!);
    expect(chosen.every(Boolean)).toBe(true);
    hostPages.set('/two-charts', hostPage(chosen, 900));
    const { page, problems } = await openPage(browser, `${hostUrl}/two-charts`, { width: 1280 });
    expect(new URL(page.url()).origin).not.toBe(new URL(siteUrl).origin);
    const initial = await page.locator('iframe').evaluateAll((frames) => frames.map((frame) => Number(frame.getAttribute('height'))));

    const wide = await settled(page, 2);
    for (const fit of wide) {
      expect(fit.width).toBeGreaterThan(800);
      expect(fit.overflowY).toBeLessThanOrEqual(0);
      expect(fit.overflowX).toBeLessThanOrEqual(0);
    }
    // The script set the heights: neither is the code's first guess.
    expect(wide.map((fit) => Math.round(fit.frame))).not.toEqual(initial);

    // A phone: the column narrows, the charts reflow (the compact drawing, key figures one under another) and grow.
    await page.setViewportSize({ width: 375, height: 800 });
    const narrow = await settled(page, 2);
    for (const [index, fit] of narrow.entries()) {
      expect(fit.width).toBeLessThan(360);
      expect(fit.overflowY).toBeLessThanOrEqual(0);
      expect(fit.overflowX).toBeLessThanOrEqual(0);
      expect(fit.frame).toBeGreaterThan(wide[index]!.frame);
    }
    // And back: they shrink again.
    await page.setViewportSize({ width: 1280, height: 800 });
    const again = await settled(page, 2);
    expect(again.map((fit) => Math.round(fit.frame))).toEqual(wide.map((fit) => Math.round(fit.frame)));
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('keeps its chart’s tooltips inside the frame', async () => {
    hostPages.set('/one-chart', hostPage([embedCodes(story).get('bar-baotou-heating-scale-2025-2026')!], 700));
    const { page, problems } = await openPage(browser, `${hostUrl}/one-chart`, { width: 1280 });
    await settled(page, 1);
    const frame = page.frameLocator('iframe');
    const chart = frame.getByRole('img', { name: '包头两家供热单位的供热面积' });
    await chart.focus();
    await chart.press('ArrowRight');
    await expect.poll(() => frame.locator('.chart-tip').textContent()).toContain('965.13万平方米');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('takes a height only from its own frame: a message from the host page itself changes nothing', async () => {
    hostPages.set('/spoof', hostPage([embedCodes(story).get('bar-baotou-heating-scale-2025-2026')!], 700));
    const { page } = await openPage(browser, `${hostUrl}/spoof`, { width: 1280 });
    const [fit] = await settled(page, 1);
    await page.evaluate(() => window.postMessage({ type: 'hsd-embed:height', height: 5 }, '*'));
    await page.waitForTimeout(300);
    const [after] = await fits(page);
    expect(after!.frame).toBe(fit!.frame);
    await page.context().close();
  });

  it('loads its script once however many charts are pasted, each with its copy of the script tag', async () => {
    const codes = [...embedCodes(story).values()];
    expect(codes.length).toBeGreaterThanOrEqual(3);
    hostPages.set('/all', hostPage(codes, 600));
    const { page, problems } = await openPage(browser, `${hostUrl}/all`, { width: 1280 });
    await settled(page, codes.length);
    expect(await page.locator('script[src$="/embed/resize.js"]').count()).toBe(codes.length);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('the 嵌入 control under a chart', () => {
  it('shows the embed code to copy, and copies it with its button', async () => {
    const { page, problems } = await openPage(browser, `${siteUrl}stories/${story}/`, { width: 1280 });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl).origin });
    const figure = page.getByRole('figure').filter({ has: page.getByRole('img', { name: '包头两家供热单位的供热面积' }) });
    // A <summary> has no ARIA role (nor one in Playwright's tree): found by its text.
    await figure.getByText('嵌入', { exact: true }).click();
    const code = figure.getByRole('textbox', { name: /粘贴到网页里/ });
    await expect.poll(() => code.isVisible()).toBe(true);
    expect(await code.getAttribute('readonly')).not.toBeNull();
    const text = await code.inputValue();
    expect(text).toContain(`<iframe src="${publicUrl}embed/${story}/bar-baotou-heating-scale-2025-2026/"`);
    expect(text).toContain(`<script src="${publicUrl}embed/resize.js" async></script>`);
    await figure.getByRole('button', { name: '复制代码' }).click();
    await expect.poll(() => figure.getByRole('status').textContent()).toBe('已复制到剪贴板。');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('needs no script: the code is there to select, and no button that would do nothing', async () => {
    const { page } = await openPage(browser, `${siteUrl}stories/${story}/`, { width: 1280, javaScriptEnabled: false });
    const figure = page.getByRole('figure').filter({ has: page.getByRole('img', { name: '包头两家供热单位的供热面积' }) });
    await figure.getByText('嵌入', { exact: true }).click();
    expect(await figure.getByRole('textbox', { name: /粘贴到网页里/ }).inputValue()).toContain('<iframe ');
    expect(await figure.getByRole('button', { name: '复制代码' }).count()).toBe(0);
    await page.context().close();
  });
});

describe('an embed page', () => {
  const embedUrl = `${siteUrl}embed/${story}/bar-baotou-heating-scale-2025-2026/`;
  const light = { bg: 'rgb(253, 252, 250)', bar: 'rgb(79, 109, 143)' };
  const dark = { bg: 'rgb(22, 21, 20)', bar: 'rgb(143, 176, 214)' };
  const colours = (page: Page) =>
    page.evaluate(() => ({
      bg: getComputedStyle(document.body).backgroundColor,
      bar: getComputedStyle([...document.querySelectorAll('.chart__drawing--wide rect')].find((rect) => rect.getAttribute('fill') === 'var(--chart-bar)')!).fill,
    }));

  for (const [colorScheme, query, expected] of [
    ['light', '', light],
    ['dark', '', dark],
    ['dark', '?theme=light', light],
    ['light', '?theme=dark', dark],
  ] as const) {
    it(`is ${expected === dark ? 'dark' : 'light'} on a ${colorScheme} system${query ? ` with ${query}` : ''}`, async () => {
      const { page, problems } = await openPage(browser, `${embedUrl}${query}`, { width: 700, colorScheme });
      await expect.poll(() => colours(page)).toEqual(expected);
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }

  it('shows the chart, its source line and a link back to the story, and nothing else', async () => {
    const { page } = await openPage(browser, embedUrl, { width: 700, javaScriptEnabled: false });
    expect(await page.getByRole('img', { name: '包头两家供热单位的供热面积' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: /包头日报（推定）《我市2025-2026采暖期圆满结束》/ }).count()).toBe(1);
    const back = page.getByRole('link', { name: /^来自供热季数据台的报道《/ });
    expect(await back.getAttribute('href')).toBe(`${base}stories/${story}/#chart-bar-baotou-heating-scale-2025-2026`);
    expect(await page.getByRole('navigation').count()).toBe(0);
    expect(await page.getByRole('banner').count()).toBe(0);
    expect(await page.getByRole('contentinfo').count()).toBe(0);
    await page.context().close();
  });
});
