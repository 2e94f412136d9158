import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage, type OpenOptions } from '../support/browser.ts';

/** A reader using the heating-bill calculator in Chromium: typing, choosing, mistakes, and JavaScript off. */
const siteUrl = inject('siteUrl');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(route: string, options: OpenOptions): Promise<{ page: Page; problems: string[] }> {
  const { page, problems, status } = await openPage(browser, `${siteUrl}${route}`, options);
  expect(status).toBe(200);
  return { page, problems };
}

/** The answer sentence: the page's one status region, which screen readers announce as it changes. */
const sentence = (page: Page) => page.getByRole('status').textContent();
/** The result table (named by its visually hidden caption). */
const resultTable = (page: Page) => page.getByRole('table', { name: '计算结果' });
/** Its rows of data: every row but the header row. */
const resultRows = (page: Page) => resultTable(page).getByRole('row').filter({ hasNot: page.getByRole('columnheader') });
// A row header holds the city's name and its rate, and a cell the bill and its bar: the data-field spans pick
// out the name and the bill, which have no role of their own.
const lines = (page: Page) =>
  resultRows(page).evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll('[data-field="name"], [data-field="bill"], [data-field="difference"]')].map((cell) => cell.textContent)),
  );
// The reader's city is the row with aria-current (bold and “▸” in CSS); Playwright's role locator has no option for
// aria-current, so the attribute is asked for directly.
const selected = (page: Page) => resultTable(page).locator('tr[aria-current="true"] [data-field="name"]').allTextContents();

describe('the heating-bill calculator', () => {
  it('recomputes as the reader types an area, picks a city and a use', async () => {
    const { page, problems } = await open('calculator/', { width: 1280 });
    const area = page.getByRole('textbox', { name: '建筑面积' });
    await expect.poll(() => area.isVisible()).toBe(true);
    expect(await area.inputValue()).toBe('90');

    await area.fill('');
    await area.pressSequentially('120');
    await expect.poll(() => sentence(page)).toBe('按建筑面积120平方米计算，居民用热一个采暖季的暖气费：朔州最便宜，约1800元。你选的大同是2323.2元，比朔州多约500元。');
    expect(await lines(page)).toEqual([
      // From “近6个月”: Shuozhou's bill and every difference from it to what the inputs support (约).
      ['朔州', '约1800元', '最便宜'],
      ['忻州', '1980元', '约200元'],
      ['太原', '2160元', '约400元'],
      ['大同', '2323.2元', '约500元'],
    ]);

    await page.getByRole('combobox', { name: '你所在的城市' }).selectOption({ label: '太原' });
    await expect.poll(() => selected(page)).toEqual(['太原']);
    await page.getByRole('radio', { name: '非居民' }).check();
    await expect.poll(() => sentence(page)).toBe('按建筑面积120平方米计算，非居民用热一个采暖季的暖气费：朔州最便宜，约3500元。你选的太原是4500元，比朔州多约1000元。');
    expect((await lines(page)).map((line) => line[0])).toEqual(['朔州', '大同（非盈利性）', '忻州', '太原', '大同（经营性）']);

    // Full-width digits and a unit, as a phone keyboard may give them.
    await area.fill('８５.５平方米');
    await expect.poll(() => sentence(page)).toMatch(/^按建筑面积85.5平方米计算/);
    // The bar of the dearest line is full width, the others shorter.
    // The bars are drawn in aria-hidden SVGs: presentational, so found by their class.
    const widths = await resultTable(page).locator('.bill-calc__bar').evaluateAll((bars) => bars.map((bar) => bar.getBoundingClientRect().width));
    expect(widths[4]).toBeGreaterThan(widths[0]!);
    expect(Math.max(...widths)).toBe(widths[4]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('tells the reader in Chinese what is wrong with an area, and never shows NaN', async () => {
    const { page, problems } = await open('calculator/', { width: 375, hasTouch: true });
    const area = page.getByRole('textbox', { name: '建筑面积' });
    // The error is the page's alert (the field's aria-describedby points at it); the result is a <div>, with no role
    // a locator could name, so it is found by its data attribute.
    const error = page.getByRole('alert');
    const result = page.locator('[data-bill-result]');
    for (const [typed, message] of [
      ['', '请输入建筑面积，例如 90。'],
      ['abc', '面积只能是数字，例如 90 或 85.5；不要输入文字或其他符号。'],
      ['-50', '面积要大于零。'],
      ['0', '面积要大于零。'],
      ['0.3', '面积不能小于1平方米。'],
      ['250000', '面积超过10,000平方米，请检查是否多输了数字。'],
    ] as const) {
      await area.fill(typed);
      await expect.poll(() => error.textContent(), { message: typed }).toBe(message);
      expect(await error.isVisible()).toBe(true);
      expect(await area.getAttribute('aria-invalid')).toBe('true');
      expect(await result.isVisible()).toBe(false);
      expect(await page.getByRole('main').innerText()).not.toMatch(/NaN|undefined|Infinity/);
    }
    await area.fill('60');
    await expect.poll(() => error.isVisible()).toBe(false);
    expect(await area.getAttribute('aria-invalid')).toBeNull();
    expect(await result.isVisible()).toBe(true);
    expect(await sentence(page)).toMatch(/^按建筑面积60平方米计算/);
    // The form fits a phone: nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('works from the keyboard alone, Enter included', async () => {
    const { page } = await open('stories/shanxi-heating-bills-2022/', { width: 1280 });
    const area = page.getByRole('textbox', { name: '建筑面积' });
    await area.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('100');
    await page.keyboard.press('Enter');
    // The story sets Shuozhou as the reader's city; Enter must not reload the page.
    await expect.poll(() => sentence(page)).toBe('按建筑面积100平方米计算，居民用热一个采暖季的暖气费：朔州最便宜，约1500元。你选的朔州在这几个城市里最便宜。');
    // One tab stop for the radio group; arrows move within it.
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('radio', { name: '非居民' }).isChecked()).toBe(true);
    await expect.poll(() => sentence(page)).toMatch(/^按建筑面积100平方米计算，非居民用热/);
    await page.context().close();
  });

  it('without JavaScript shows the default answer and the common-areas tables, and no form that cannot work', async () => {
    const { page, problems } = await open('calculator/', { width: 375, javaScriptEnabled: false });
    // A <form> without a name has no role (it is no landmark), so it is found by its data attribute. Its fields
    // being hidden would follow from it, but not the other way round.
    expect(await page.locator('[data-bill-form]').isVisible()).toBe(false);
    // Playwright's text and role locators both skip <noscript>, so the note is found by its class.
    const note = page.locator('.bill-calc__noscript');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(/^开启 JavaScript 后，可以输入自家面积/);
    expect(await sentence(page)).toMatch(/^按建筑面积90平方米计算，居民用热一个采暖季的暖气费：朔州最便宜，约1300元。/);
    const tables = page.getByRole('table', { name: /常见面积一季的暖气费/ });
    expect(await tables.count()).toBe(2);
    expect(await tables.first().getByRole('row').filter({ hasNot: page.getByRole('columnheader') }).count()).toBe(10);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
