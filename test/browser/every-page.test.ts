import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { checkPage } from '../support/gates/page-check.ts';
import { builtPages } from '../support/gates/pages.ts';

/**
 * Every page the build wrote, in Chromium under the Content-Security-Policy the page carries: the light theme
 * on a desktop, the dark theme on a phone (so each drawing layout meets axe too). On each: no CSP violation, no
 * console error or warning, no failed request, no request to another origin, the enhancers ran and work,
 * and no axe-core WCAG 2.1 A/AA violation with them running. Pages run a few at a time, in one browser.
 */
const siteUrl = inject('siteUrl');
const pages = builtPages(inject('siteDir'));
const passes = [
  { theme: 'light', width: 1280 },
  { theme: 'dark', width: 375 },
] as const;

let browser: Browser;
const contexts = new Map<string, BrowserContext>();
beforeAll(async () => {
  browser = await launchChromium();
  for (const { theme, width } of passes) contexts.set(theme, await browser.newContext({ colorScheme: theme, viewport: { width, height: 900 } }));
});
afterAll(async () => {
  await browser?.close();
});

for (const { theme, width } of passes) {
  describe.concurrent(`every page, ${theme} theme at ${width} px`, () => {
    it.for(pages.map((page) => page.route))('/%s: no CSP violation, console error, failed or foreign request; enhancers work; 0 axe violations', async (route, { expect }) => {
      const problems = await checkPage(contexts.get(theme)!, `${siteUrl}${route}`);
      expect(problems).toEqual([]);
    });
  });
}
