import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage } from '../support/browser.ts';
import { base, siteOrigin } from '../support/site.setup.ts';

/**
 * A story as it prints (src/styles/print.css), on a reader's system in the dark theme: print emulated
 * (`emulateMedia({ media: 'print' })`), the rules read from the computed styles and boxes, and a PDF made.
 */
const siteUrl = inject('siteUrl');
const publicUrl = `${siteOrigin}${base}`;
const story = 'baotou-season-2025-2026';
const chartTitle = '包头两家供热单位的供热面积';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function printed(options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const { page } = await openPage(browser, `${siteUrl}stories/${story}/`, { width: 1280, colorScheme: 'dark', ...options });
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  return page;
}

const shown = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((elements) => elements.map((element) => getComputedStyle(element).display !== 'none' && element.getClientRects().length > 0));

describe('a story printed', () => {
  it('leaves out the navigation and the controls: skip link, site navigation, search form, footer, 嵌入 and downloads', async () => {
    const page = await printed();
    for (const selector of ['.skip-link', '.site-header nav', '.site-footer', '.chart__actions']) {
      const found = await shown(page, selector);
      expect(found.length, selector).toBeGreaterThan(0);
      expect(found.every((visible) => !visible), selector).toBe(true);
    }
    // The header's search form.
    expect(await shown(page, '.site-header form[role="search"]')).toEqual([false]);
    // On screen, the same controls are there.
    await page.emulateMedia({ media: 'screen' });
    expect((await shown(page, '.chart__actions')).every(Boolean)).toBe(true);
    expect(await shown(page, '.site-header form[role="search"]')).toEqual([true]);
    await page.context().close();
  });

  it('is in the light theme’s colours though the reader’s system is dark', async () => {
    const page = await printed();
    const colours = () =>
      page.evaluate(() => ({
        text: getComputedStyle(document.body).color,
        scheme: getComputedStyle(document.documentElement).colorScheme,
        bar: getComputedStyle([...document.querySelectorAll('.chart__drawing--wide rect')].find((rect) => rect.getAttribute('fill') === 'var(--chart-bar)')!).fill,
      }));
    expect(await colours()).toEqual({ text: 'rgb(29, 27, 25)', scheme: 'light', bar: 'rgb(79, 109, 143)' });
    // The same page on screen is dark, so the print rules are what made it light.
    await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
    expect(await colours()).toEqual({ text: 'rgb(236, 232, 226)', scheme: 'light dark', bar: 'rgb(143, 176, 214)' });
    await page.context().close();
  });

  it('shows each chart at the page’s width, in its wide drawing', async () => {
    const page = await printed();
    const widths = await page.locator('figure.chart').evaluateAll((figures) =>
      figures.map((figure) => {
        const drawings = [...figure.querySelectorAll('.chart__drawing')].filter((drawing) => drawing.getClientRects().length > 0);
        return { id: figure.id, figure: figure.getBoundingClientRect().width, layouts: drawings.map((drawing) => drawing.className), svg: drawings.map((drawing) => drawing.querySelector('svg')!.getBoundingClientRect().width) };
      }),
    );
    expect(widths.length).toBeGreaterThanOrEqual(2);
    const main = await page.locator('main').evaluate((element) => element.getBoundingClientRect().width);
    for (const chart of widths) {
      expect(chart.layouts, chart.id).toEqual(['chart__drawing chart__drawing--wide']);
      expect(Math.abs(chart.svg[0]! - chart.figure), chart.id).toBeLessThan(1);
      expect(Math.abs(chart.figure - main), chart.id).toBeLessThan(1);
    }
    await page.context().close();
  });

  it('prints each chart’s data table open, and closes it again after printing', async () => {
    const page = await printed();
    const figure = page.getByRole('figure').filter({ has: page.getByRole('img', { name: chartTitle }) });
    const details = figure.locator('details.chart__data');
    expect(await details.evaluate((element: HTMLDetailsElement) => element.open)).toBe(false);
    // What a browser does when the reader prints: beforeprint, the printing, afterprint.
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    expect(await details.evaluate((element: HTMLDetailsElement) => element.open)).toBe(true);
    expect(await figure.getByRole('cell', { name: '965.13万平方米' }).isVisible()).toBe(true);
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    expect(await details.evaluate((element: HTMLDetailsElement) => element.open)).toBe(false);
    await page.context().close();
  });

  it('prints the data tables open without script too, where the browser has ::details-content', async () => {
    const page = await printed({ javaScriptEnabled: false });
    const figure = page.getByRole('figure').filter({ has: page.getByRole('img', { name: chartTitle }) });
    expect(await figure.locator('details.chart__data').evaluate((element: HTMLDetailsElement) => element.open)).toBe(false);
    expect(await figure.getByRole('cell', { name: '965.13万平方米' }).isVisible()).toBe(true);
    // On screen, a closed table stays closed.
    await page.emulateMedia({ media: 'screen' });
    expect(await figure.getByRole('cell', { name: '965.13万平方米' }).isVisible()).toBe(false);
    await page.context().close();
  });

  it('prints the public address of every source and dataset after its link', async () => {
    const page = await printed();
    const links = await page.locator('section[aria-labelledby="sources"] a, section[aria-labelledby="datasets"] a').evaluateAll((anchors) =>
      anchors.map((anchor) => ({ href: anchor.getAttribute('href'), printed: anchor.getAttribute('data-print-url'), after: getComputedStyle(anchor, '::after').content })),
    );
    expect(links.length).toBeGreaterThanOrEqual(5);
    for (const link of links) {
      expect(link.printed).toBe(`${siteOrigin}${link.href}`);
      expect(link.printed!.startsWith(publicUrl)).toBe(true);
      // Chromium gives the pseudo-element's content with attr() resolved.
      expect(link.after).toBe(`"（${link.printed}）"`);
    }
    await page.context().close();
  });

  it('makes a PDF', async () => {
    const page = await printed();
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect([...pdf.toString('latin1').matchAll(/\/Type\s*\/Page\b/g)].length).toBeGreaterThanOrEqual(2);
    await page.context().close();
  });
});
