import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage, type OpenOptions } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';

const siteUrl = inject('siteUrl');
const storyUrl = `${siteUrl}stories/baotou-season-2025-2026/`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(url: string, options: OpenOptions): Promise<{ page: Page; problems: string[] }> {
  const { page, problems, status } = await openPage(browser, url, options);
  expect(status).toBe(200);
  return { page, problems };
}

describe('a reader on the story page', () => {
  it('sees both charts with JavaScript turned off, the phone drawing on a phone', async () => {
    const { page } = await open(storyUrl, { width: 360, javaScriptEnabled: false });
    const charts = page.getByRole('img', { name: '包头两家供热单位的供热面积' });
    await expect.poll(() => charts.count()).toBe(1);
    const box = await charts.boundingBox();
    expect(box!.width).toBeGreaterThan(280);
    expect(box!.width).toBeLessThanOrEqual(340);
    await expect.poll(() => page.getByRole('img', { name: '热力集团一个供暖期的来电、线上诉求与转办工单' }).isVisible()).toBe(true);
    await page.context().close();
  });

  it('sees the wide drawing on a desktop', async () => {
    const { page } = await open(storyUrl, { width: 1280, javaScriptEnabled: false });
    const box = await page.getByRole('img', { name: '包头两家供热单位的供热面积' }).boundingBox();
    expect(box!.width).toBeGreaterThan(560);
    await page.context().close();
  });

  it('can read every chart text at 11 px or more on a 360 px phone', async () => {
    const { page } = await open(storyUrl, { width: 360 });
    // The drawings shown are found by role; the SVG <text> in them has none, so it is read from their DOM.
    const sizes = await page
      .getByRole('figure')
      .getByRole('img')
      .evaluateAll((svgs) =>
        svgs
          .filter((svg) => svg.getBoundingClientRect().width > 0)
          .flatMap((svg) => [...svg.querySelectorAll('text')].map((text) => text.getBoundingClientRect().height)),
      );
    expect(sizes.length).toBeGreaterThan(10);
    // A text box is about 1.2 × its font size; 11 px type gives boxes of 13 px and more.
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(13);
    await page.context().close();
  });

  it('opens the data table under a chart', async () => {
    const { page } = await open(storyUrl, { width: 360 });
    const figure = page.getByRole('figure').filter({ has: page.getByRole('img', { name: '包头两家供热单位的供热面积' }) });
    // A <summary> has no ARIA role (nor one in Playwright's tree): found by its text.
    await figure.getByText('查看数据表').click();
    await expect.poll(() => figure.getByRole('cell', { name: '965.13万平方米' }).isVisible()).toBe(true);
    await page.context().close();
  });

  it('meets no console error, failed request or page error, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, problems } = await open(storyUrl, { width: 1280, colorScheme });
      await page.waitForLoadState('networkidle');
      expect(problems).toEqual([]);
      await page.context().close();
    }
  });

  it.each([
    ['story', storyUrl],
    ['home', siteUrl],
    ['dataset', `${siteUrl}data/baotou-heating-scale-2025-2026/`],
    ['data index', `${siteUrl}data/`],
    ['calculator', `${siteUrl}calculator/`],
    ['price story, with the calculator', `${siteUrl}stories/shanxi-heating-bills-2022/`],
    ['place', `${siteUrl}places/shuozhou/`],
    ['methods', `${siteUrl}methods/`],
    ['corrections', `${siteUrl}corrections/`],
    ['sources', `${siteUrl}sources/`],
  ])('finds no axe WCAG 2 A/AA violation on the %s page', async (_name, url) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await open(url, { width: 360, colorScheme });
      expect(await axeViolations(page), colorScheme).toEqual([]);
      await page.context().close();
    }
  });
});
