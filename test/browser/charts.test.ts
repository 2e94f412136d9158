import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage, type OpenOptions } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';

/**
 * Every chart type, as a reader meets it: the gallery (/gallery/) shows each one live, so checks here cover
 * every type, including ones added later.
 */
const galleryUrl = `${inject('siteUrl')}gallery/`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(options: OpenOptions): Promise<{ page: Page; problems: string[] }> {
  const { page, problems, status } = await openPage(browser, galleryUrl, options);
  expect(status).toBe(200);
  return { page, problems };
}

interface TextBox {
  chart: string;
  text: string;
  fontSize: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The chart figures: a figure (named by its title) with a drawing in it, unlike a data-table figure. */
const chartFigures = (page: Page) => page.getByRole('figure').filter({ has: page.getByRole('img') });

/** Every text of every visible chart drawing, with its rendered font size and box. */
function chartTexts(page: Page): Promise<TextBox[]> {
  // Role img finds the drawings shown (not the hidden compact or wide one); SVG <text> has no role, so it is
  // read from the drawing's DOM, and the chart is named as its figure is, by the title aria-labelledby points at.
  return chartFigures(page)
    .getByRole('img')
    .evaluateAll((svgs) =>
      svgs
        .filter((svg) => svg.getBoundingClientRect().width > 0)
        .flatMap((svg) => {
          const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
          const title = document.getElementById(svg.closest('figure')!.getAttribute('aria-labelledby')!)!;
          const chart = `${title.textContent}（${svg.getAttribute('aria-label')}）`;
          return [...svg.querySelectorAll('text')]
            .filter((text) => text.textContent!.trim() !== '')
            .map((text) => {
              const box = text.getBoundingClientRect();
              return { chart, text: text.textContent!, fontSize: parseFloat(getComputedStyle(text).fontSize) * scale, left: box.left, right: box.right, top: box.top, bottom: box.bottom };
            });
        }),
    );
}

describe('every chart in the gallery', () => {
  for (const width of [360, 1280]) {
    it(`renders its text at 11 px or more, inside the page and without overlaps, at ${width} px`, async () => {
      const { page } = await open({ width, javaScriptEnabled: false });
      const figures = await chartFigures(page).count();
      expect(figures).toBeGreaterThanOrEqual(3);
      const texts = await chartTexts(page);
      expect(texts.length).toBeGreaterThan(40);
      const small = texts.filter((t) => t.fontSize < 11).map((t) => `${t.chart}: “${t.text}” ${t.fontSize.toFixed(1)} px`);
      expect(small).toEqual([]);
      const outside = texts.filter((t) => t.left < 0 || t.right > width).map((t) => `${t.chart}: “${t.text}” ${Math.round(t.left)}–${Math.round(t.right)}`);
      expect(outside).toEqual([]);
      const overlaps: string[] = [];
      texts.forEach((a, i) => {
        for (const b of texts.slice(i + 1)) {
          if (a.chart !== b.chart) continue;
          const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (x > 1 && y > 1) overlaps.push(`${a.chart}: “${a.text}” × “${b.text}”`);
        }
      });
      expect(overlaps).toEqual([]);
      await page.context().close();
    });
  }

  it('keeps native tooltips, the data tables and no tab stops in the charts when JavaScript is off', async () => {
    const { page } = await open({ width: 1280, javaScriptEnabled: false });
    const figures = chartFigures(page);
    const count = await figures.count();
    for (let i = 0; i < count; i++) {
      const figure = figures.nth(i);
      // The drawings shown at 1280 px are the wide ones (or the panels); their marks' <title>s have no role.
      expect(await figure.getByRole('img').locator('title').count()).toBeGreaterThan(0);
      // The table sits in a closed <details> (role group), which hides it from role locators until opened; its
      // rows of data are the ones with a cell.
      const dataRows = figure.getByRole('group').getByRole('row', { includeHidden: true }).filter({ has: page.getByRole('cell', { includeHidden: true }) });
      expect(await dataRows.count()).toBeGreaterThan(0);
      // A tab stop is an attribute, not a role: no SVG in the figure, shown, hidden or decorative, may carry one.
      expect(await figure.locator('svg[tabindex]').count()).toBe(0);
    }
    // The tooltip is an aria-hidden <div> (readers of assistive technology get the live region): no role to find it by.
    expect(await page.locator('.chart-tip').count()).toBe(0);
    await page.context().close();
  });

  it('meets no console error, failed request or page error, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, problems } = await open({ width: 1280, colorScheme });
      await page.waitForLoadState('networkidle');
      expect(problems).toEqual([]);
      await page.context().close();
    }
  });

  it('finds no axe WCAG 2 A/AA violation, with the enhancer running, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await open({ width: 360, colorScheme });
      expect(await axeViolations(page), colorScheme).toEqual([]);
      await page.context().close();
    }
  });
});

describe('the chart enhancer', () => {
  const firstChart = (page: Page) => page.getByRole('figure', { name: '山西四市居民热价', exact: true });
  // The tooltip is an aria-hidden <div>, and all in it hidden from assistive technology (which gets the live
  // region instead): no role applies, so it and its parts are found by class and tag.
  const tooltip = (figure: Locator) => figure.locator('.chart-tip');

  it('shows the label and value of the mark under the mouse, and hides them when it leaves', async () => {
    const { page } = await open({ width: 1280 });
    const figure = firstChart(page);
    // The bars are SVG <rect>s in the drawing (role img), presentational: no role of their own.
    const bars = figure.getByRole('img').locator('rect');
    await bars.nth(1).scrollIntoViewIfNeeded();
    const box = (await bars.nth(1).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const tip = tooltip(figure);
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.locator('strong').textContent()).toBe('大同');
    expect(await tip.locator('span').textContent()).toBe('3.52元/平方米·月');
    // The native tooltip is gone, so the two never show at once (an SVG <title> has no role).
    expect(await bars.nth(1).locator('title').count()).toBe(0);
    await page.mouse.move(5, 5);
    await expect.poll(() => tip.isVisible()).toBe(false);
    await page.context().close();
  });

  it('shows a tooltip on tap, and hides it on a tap elsewhere', async () => {
    const { page } = await open({ width: 360, hasTouch: true });
    const figure = firstChart(page);
    // At 360 px the drawing shown is the compact one; its bars are presentational <rect>s.
    const bar = figure.getByRole('img').locator('rect').last();
    await bar.scrollIntoViewIfNeeded();
    const box = (await bar.boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    const tip = tooltip(figure);
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe('朔州2.52元/平方米·月');
    const tipBox = (await tip.boundingBox())!;
    expect(tipBox.x).toBeGreaterThanOrEqual(0);
    expect(tipBox.x + tipBox.width).toBeLessThanOrEqual(360);
    await page.touchscreen.tap(180, 5);
    await expect.poll(() => tip.isVisible()).toBe(false);
    await page.context().close();
  });

  it('gives each chart one tab stop; arrow keys step through the marks, Escape closes', async () => {
    const { page } = await open({ width: 1280 });
    const figure = firstChart(page);
    // A tab stop is an attribute, not a role: counted by it.
    expect(await figure.locator('[tabindex="0"]:visible').count()).toBe(1);
    const svg = figure.getByRole('img');
    await svg.focus();
    const tip = tooltip(figure);
    await expect.poll(() => tip.textContent()).toBe('太原3.6元/平方米·月');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => tip.textContent()).toBe('大同3.52元/平方米·月');
    await page.keyboard.press('End');
    await expect.poll(() => tip.textContent()).toBe('朔州2.52元/平方米·月');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => tip.textContent()).toBe('朔州2.52元/平方米·月');
    // The live region is a <p aria-live="polite">, a paragraph with no name: found by the attribute that makes it live.
    expect(await figure.locator('[aria-live="polite"]').textContent()).toBe('朔州，2.52元/平方米·月（4/4）');
    // The active mark is shown by a class on a presentational <rect>.
    expect(await svg.locator('.is-active').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    expect(await svg.locator('.is-active').count()).toBe(0);
    // The next Tab leaves the drawing: the marks themselves are not tab stops.
    await page.keyboard.press('Tab');
    expect(await page.getByRole('figure').getByRole('img').evaluateAll((drawings) => drawings.some((drawing) => drawing.contains(document.activeElement)))).toBe(false);
    await page.context().close();
  });

  it('sorts a data table by the column whose header is clicked', async () => {
    const { page } = await open({ width: 1280 });
    const table = page.getByRole('table', { name: '山西四市供热价格' });
    const firstColumn = () => table.getByRole('rowheader').allTextContents();
    expect(await firstColumn()).toEqual(['太原市', '大同市', '忻州市', '朔州市']);
    const header = table.getByRole('columnheader', { name: /供热期/ });
    await header.getByRole('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    // Equal values keep their order (太原 and 忻州 both have 5 months).
    expect(await firstColumn()).toEqual(['太原市', '忻州市', '大同市', '朔州市']);
    await header.getByRole('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(await firstColumn()).toEqual(['朔州市', '大同市', '太原市', '忻州市']);
    await page.context().close();
  });
});
