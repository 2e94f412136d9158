import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { PageCheckers, type View } from '../support/gates/page-check.ts';
import { builtPages } from '../support/gates/pages.ts';

/**
 * Every page the build wrote, in Chromium under the Content-Security-Policy the page carries. Each page is
 * loaded once and checked with axe-core in the light theme on a desktop, then in the dark theme on a phone
 * (so each drawing layout meets axe too); throughout, no CSP violation, no console error or warning, no failed
 * request, no request to another origin, and the enhancers ran and work. Pages run a few at a time
 * (describe.concurrent), in as many tabs of one browser.
 */
const siteUrl = inject('siteUrl');
const pages = builtPages(inject('siteDir'));
const views: View[] = [
  { colorScheme: 'light', width: 1280 },
  { colorScheme: 'dark', width: 375 },
];

let browser: Browser;
let checkers: PageCheckers;
beforeAll(async () => {
  browser = await launchChromium();
  // As many tabs as pages checked at once (Vitest's maxConcurrency, 5 by default).
  checkers = await PageCheckers.open(await browser.newContext(), 5);
});
afterAll(async () => {
  await browser?.close();
});

describe.concurrent('every page, light at 1280 px and dark at 375 px', () => {
  it.for(pages.map((page) => page.route))('/%s: no CSP violation, console error, failed or foreign request; enhancers work; 0 axe violations', async (route, { expect }) => {
    expect(await checkers.check(`${siteUrl}${route}`, views)).toEqual([]);
  });
});
