import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';

const galleryUrl = `${inject('siteUrl')}gallery/`;
const name = '报道给出的几段采暖期';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(galleryUrl);
  return page;
}

/** Every text of the visible drawing: its rendered font size, and any box that leaves the SVG or overlaps another. */
function textProblems(page: Page) {
  // The drawing is found by role; the SVG <text> and <tspan> in it have none, so they are read from its DOM.
  return page.getByRole('img', { name }).evaluate((svg: Element) => {
    const frame = svg.getBoundingClientRect();
    const scale = frame.width / (svg as SVGSVGElement).viewBox.baseVal.width;
    const texts = [...svg.querySelectorAll('text tspan, text:not(:has(tspan))')]
      .map((node) => ({ text: node.textContent ?? '', box: node.getBoundingClientRect(), size: parseFloat(getComputedStyle(node).fontSize) * scale }))
      .filter((t) => t.box.width > 0 && t.text.trim());
    const problems: string[] = [];
    for (const t of texts) {
      if (t.box.left < frame.left - 0.5 || t.box.right > frame.right + 0.5 || t.box.top < frame.top - 0.5 || t.box.bottom > frame.bottom + 0.5) problems.push(`clipped: ${t.text}`);
    }
    texts.forEach((a, i) =>
      texts.slice(i + 1).forEach((b) => {
        const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        // Lines of one label may touch (line boxes are taller than the type): only a real overlap counts.
        if (x > 1 && y > 3) problems.push(`overlap: ${a.text} / ${b.text}`);
      }),
    );
    return { count: texts.length, smallest: Math.min(...texts.map((t) => t.size)), problems };
  });
}

describe('the season calendar on the gallery page', () => {
  it.each([360, 1280])('has no text below 11 px, clipped or overlapping at %i px', async (width) => {
    const page = await open(width);
    const { count, smallest, problems } = await textProblems(page);
    expect(count).toBeGreaterThan(15);
    expect(smallest).toBeGreaterThanOrEqual(11);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('reads its rows one by one from the keyboard, and Escape closes the tooltip', async () => {
    const page = await open(360);
    const figure = page.getByRole('figure', { name, exact: true });
    await figure.getByRole('img', { name }).focus();
    // The tooltip is an aria-hidden <div> (assistive technology gets the live region instead): no role to find it by.
    const tip = figure.locator('.chart-tip');
    await expect.poll(() => tip.innerText()).toBe('包头市热力集团，2025-2026采暖季\n10月15日（推算）—4月15日，183天');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => tip.innerText()).toBe('华电包头发电分公司，2025-2026采暖季\n报道未给出日期，188天');
    await page.keyboard.press('End');
    await expect.poll(() => tip.innerText()).toBe('红桥区，2024-2025采暖季\n报道未给出日期');
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isHidden()).toBe(true);
    await page.close();
  });
});
