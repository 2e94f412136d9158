import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage } from '../support/browser.ts';
import { root } from '../support/build.ts';

/** Every story, the hub and a place page, as a phone reader opens them: no errors, nothing scrolling sideways. */
const siteUrl = inject('siteUrl');
const routes = [
  '',
  'places/shuozhou/',
  ...readdirSync(path.join(root, 'content/stories'))
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => `stories/${file.replace(/\.mdx$/, '')}/`),
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('on a phone', () => {
  it.each(routes)('/%s loads without errors and fits the screen', async (route) => {
    const { page, problems, status } = await openPage(browser, `${siteUrl}${route}`, { width: 375, hasTouch: true });
    expect(status).toBe(200);
    // Every chart drawing a phone reader is shown fits the screen (role locators skip the wide drawing, hidden here).
    const drawings = page.getByRole('figure').getByRole('img');
    for (const box of await drawings.evaluateAll((svgs) => svgs.map((svg) => svg.getBoundingClientRect().right))) expect(box).toBeLessThanOrEqual(375);
    // Wide tables scroll inside their own region, never the page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
