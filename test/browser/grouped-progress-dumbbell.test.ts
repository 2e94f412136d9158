import type { Browser, Locator, Page } from 'playwright-core';
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

/** A chart in the gallery, by its figure's name (its title). */
const chart = (page: Page, name: string) => page.getByRole('figure', { name, exact: true });
const progress = (page: Page) => chart(page, '海勃湾区“煤改电”：已改造户数不到一半');
// The tooltip is an aria-hidden <div> (assistive technology gets the live region instead): no role to find it by.
const tooltip = (figure: Locator) => figure.locator('.chart-tip');

describe('grouped, progress and dumbbell charts in a browser', () => {
  it('steps through track and bar of each progress row in reading order with the arrow keys', async () => {
    const page = await open(1280);
    const figure = progress(page);
    expect(await figure.getAttribute('data-chart')).toBe('progress');
    const svg = figure.getByRole('img');
    const tip = tooltip(figure);
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
    const figure = chart(page, '报道所称：应用陶瓷微珠保温材料后，设备表面温度明显下降');
    expect(await figure.getAttribute('data-chart')).toBe('dumbbell');
    const svg = figure.getByRole('img');
    await svg.focus();
    await expect.poll(() => tooltip(figure).innerText()).toBe('陶瓷微珠保温试验\n应用前：100摄氏度');
    await svg.press('ArrowRight');
    await expect.poll(() => tooltip(figure).innerText()).toBe('陶瓷微珠保温试验\n应用后：50摄氏度以内（至少降低了50摄氏度）');
    await page.context().close();
  });

  it('dims the other series whichever series the focused mark belongs to', async () => {
    const page = await open(1280);
    const svg = progress(page).getByRole('img');
    // Dimming is a class on the drawing's marks, presentational SVG shapes with no role.
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
    const figure = chart(page, '朔州的居民和非居民热价都是四市最低');
    expect(await figure.getAttribute('data-chart')).toBe('grouped-bar');
    // The bars are SVG <rect>s in the drawing (role img), presentational: no role of their own.
    const bars = figure.getByRole('img').locator('rect');
    await bars.first().hover();
    const dimmed = (index: number) => bars.nth(index).evaluate((bar) => bar.classList.contains('is-dimmed'));
    await expect.poll(() => dimmed(1)).toBe(true);
    expect(await dimmed(2)).toBe(false);
    await page.context().close();
  });
});
