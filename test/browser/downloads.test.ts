import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pngSize } from '../../src/lib/png.ts';
import { launchChromium, openPage } from '../support/browser.ts';

/** A reader downloads a chart's files from under it, with JavaScript off, and opens the SVG on its own. */
const siteUrl = inject('siteUrl');
const storyUrl = `${siteUrl}stories/baotou-season-2025-2026/`;
const chartTitle = '包头两家供热单位的供热面积';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the downloads under a chart', () => {
  for (const [link, check] of [
    ['SVG矢量图', (bytes: Buffer) => expect(bytes.toString('utf8')).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>[\s\S]*包头两家供热单位的供热面积/)],
    ['PNG图片（2倍）', (bytes: Buffer) => expect(pngSize(bytes).width).toBe(2 * 688)],
    ['CSV数据', (bytes: Buffer) => expect(bytes.toString('utf8')).toBe('\uFEFF供热单位,供热面积\n包头市热力集团,3962万平方米\n华电包头发电分公司,965.13万平方米\n')],
  ] as const) {
    it(`give the file when a reader clicks “${link}”, with no script`, async () => {
      const { page, problems } = await openPage(browser, storyUrl, { width: 1280, javaScriptEnabled: false });
      const figure = page.getByRole('figure', { name: chartTitle });
      const [download] = await Promise.all([page.waitForEvent('download'), figure.getByRole('link', { name: link }).click()]);
      const ext = { 'SVG矢量图': 'svg', 'PNG图片（2倍）': 'png', 'CSV数据': 'csv' }[link];
      expect(download.suggestedFilename()).toBe(`baotou-season-2025-2026-bar-baotou-heating-scale-2025-2026.${ext}`);
      check(readFileSync((await download.path())!));
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }
});

describe('the standalone SVG', () => {
  it('opens on its own in Chromium and shows its title, labels and source, asking nothing of another origin', async () => {
    const url = `${siteUrl}downloads/baotou-season-2025-2026/bar-baotou-heating-scale-2025-2026.svg`;
    const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
    const page = await context.newPage();
    // Opened on its own, the file asks for nothing; Chromium's own request for the origin's /favicon.ico is not the file's.
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => void (new URL(request.url()).pathname !== '/favicon.ico' && requests.push(request.url())));
    page.on('response', (answer) => void (answer.status() >= 400 && new URL(answer.url()).pathname !== '/favicon.ico' && problems.push(`HTTP ${answer.status()}: ${answer.url()}`)));
    page.on('pageerror', (error) => problems.push(error.message));
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toMatch(/^image\/svg\+xml/);
    // Each text is drawn: it has a box, and the title is set large and dark on the light background.
    const texts = await page.evaluate(() =>
      [...document.querySelectorAll('text')].map((text) => ({ text: text.textContent, width: text.getBBox().width, fill: getComputedStyle(text).fill })),
    );
    for (const wanted of [chartTitle, '包头市热力集团', '3962万平方米', '单位：万平方米']) {
      const found = texts.find((t) => t.text === wanted);
      expect(found, wanted).toBeDefined();
      expect(found!.width, wanted).toBeGreaterThan(10);
    }
    expect(texts.find((t) => t.text === chartTitle)!.fill).toBe('rgb(29, 27, 25)');
    expect(texts.some((t) => t.text?.startsWith('数据来源：包头日报'))).toBe(true);
    expect(requests).toEqual([url]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
