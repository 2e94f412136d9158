import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';

const galleryUrl = `${inject('siteUrl')}gallery/`;
const sections = ['grouped-bar-chart', 'progress-chart', 'dumbbell-chart'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(width: number): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
  await page.goto(galleryUrl);
  return page;
}

/** Every visible chart text in a section that is under 11 px, outside its drawing, or over another text. */
function problems(page: Page, id: string): Promise<string[]> {
  return page.locator(`section:has(h2#${id})`).evaluate((section) => {
    const found: string[] = [];
    for (const svg of section.querySelectorAll('figure.chart svg')) {
      const frame = svg.getBoundingClientRect();
      if (frame.width === 0) continue;
      const boxes = [...svg.querySelectorAll('text')].map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }));
      for (const { text, box } of boxes) {
        // A text box is about 1.2 × its font size: 11 px type gives boxes of 13 px and more.
        if (box.height < 13) found.push(`too small: ${text}`);
        if (box.left < frame.left - 0.5 || box.right > frame.right + 0.5 || box.top < frame.top - 0.5 || box.bottom > frame.bottom + 0.5) found.push(`clipped: ${text}`);
      }
      boxes.forEach((a, i) =>
        boxes.slice(i + 1).forEach((b) => {
          const overlapX = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
          const overlapY = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
          if (overlapX > 1 && overlapY > 1) found.push(`overlap: ${a.text} / ${b.text}`);
        }),
      );
    }
    return found;
  });
}

describe('grouped, progress and dumbbell charts in a browser', () => {
  for (const width of [360, 1280]) {
    it(`at ${width} px, no chart text is under 11 px, clipped or overlapping`, async () => {
      const page = await open(width);
      for (const id of sections) expect(await problems(page, id), id).toEqual([]);
      await page.context().close();
    });
  }

  it('steps through track and bar of each progress row in reading order with the arrow keys', async () => {
    const page = await open(1280);
    const svg = page.locator('figure.chart[data-chart="progress"]').first().locator('.chart__drawing--wide svg');
    const tip = page.locator('figure.chart[data-chart="progress"]').first().locator('.chart-tip');
    await svg.focus();
    await expect.poll(() => tip.innerText()).toBe('二期\n计划改造：5301户');
    await svg.press('ArrowRight');
    await expect.poll(() => tip.innerText()).toBe('二期\n已改造：2164户（41%）');
    await svg.press('ArrowRight');
    await expect.poll(() => tip.innerText()).toBe('一期和二期合计\n计划改造：7011户');
    await page.context().close();
  });

  it('dims the other series while a grouped bar is hovered', async () => {
    const page = await open(1280);
    const figure = page.locator('figure.chart[data-chart="grouped-bar"]').first();
    const bars = figure.locator('.chart__drawing--wide svg rect');
    await bars.first().hover();
    const dimmed = (index: number) => bars.nth(index).evaluate((bar) => bar.classList.contains('is-dimmed'));
    await expect.poll(() => dimmed(1)).toBe(true);
    expect(await dimmed(2)).toBe(false);
    await page.context().close();
  });
});
