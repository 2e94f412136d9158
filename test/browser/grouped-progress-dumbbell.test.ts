import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';

const galleryUrl = `${inject('siteUrl')}gallery/`;

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

describe('grouped, progress and dumbbell charts in a browser', () => {
  it('steps through track and bar of each progress row in reading order with the arrow keys', async () => {
    const page = await open(1280);
    const svg = page.locator('figure.chart[data-chart="progress"]').first().locator('.chart__drawing--wide svg');
    const tip = page.locator('figure.chart[data-chart="progress"]').first().locator('.chart-tip');
    await svg.focus();
    await expect.poll(() => tip.innerText()).toBe('二期\n计划改造：5301户');
    await svg.press('ArrowRight');
    await expect.poll(() => tip.innerText()).toBe('二期\n已改造：2164户（约40.8%）');
    await svg.press('ArrowRight');
    await expect.poll(() => tip.innerText()).toBe('一期和二期合计\n计划改造：7011户');
    await page.context().close();
  });

  it('steps from the ring to the dot of a dumbbell row, the dot telling the change', async () => {
    const page = await open(1280);
    const figure = page.locator('figure.chart[data-chart="dumbbell"]').first();
    const svg = figure.locator('.chart__drawing--wide svg');
    await svg.focus();
    await expect.poll(() => figure.locator('.chart-tip').innerText()).toBe('陶瓷微珠保温试验\n应用前：100摄氏度');
    await svg.press('ArrowRight');
    await expect.poll(() => figure.locator('.chart-tip').innerText()).toBe('陶瓷微珠保温试验\n应用后：50摄氏度以内（至少降低了50摄氏度）');
    await page.context().close();
  });

  it('dims the other series whichever series the focused mark belongs to', async () => {
    const page = await open(1280);
    const svg = page.locator('figure.chart[data-chart="progress"]').first().locator('.chart__drawing--wide svg');
    const dimmed = () => svg.evaluate((s) => [...s.querySelectorAll('.is-dimmed')].map((e) => e.querySelector('title')?.textContent ?? (e as HTMLElement).dataset.tip));
    await svg.focus();
    // The first mark is a track (planned): the done bars fade.
    await expect.poll(dimmed).toEqual(['二期\n已改造：2164户（约40.8%）', '一期和二期合计\n已改造：3400多户（约49%）']);
    await svg.press('ArrowRight');
    // A done bar: now the tracks fade.
    await expect.poll(dimmed).toEqual(['二期\n计划改造：5301户', '一期和二期合计\n计划改造：7011户']);
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
