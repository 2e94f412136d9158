import type { BrowserContext, Page, Request } from 'playwright-core';
import { axeViolations } from '../axe.ts';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** How a reader sees the page: theme and window width. */
export interface View {
  colorScheme: 'light' | 'dark';
  width: number;
}

/**
 * A browser tab that checks pages one after another, as every quality gate that needs a browser sees them:
 * each page under the Content-Security-Policy its HTML carries, loaded once, enhanced (chart tooltips,
 * sortable tables, the calculator), checked with axe-core in each view (theme and width switched in place,
 * as a reader's system would: the page is not reloaded) and its enhancements used once. check() returns every
 * problem, each starting with the rule: `axe <rule id>`, `csp`, `console`, `page error`, `request failed`,
 * `other origin`, `enhancement`.
 *
 * One tab serves many pages because a new tab costs a new renderer process and a cold compile of axe-core:
 * reused, a check takes less than half the time. Each request is counted against the page that made it, and
 * a check ends only when its requests have.
 */
export class PageChecker {
  private problems: string[] = [];
  private readonly owner = new WeakMap<Request, string[]>();
  private pending = 0;
  /** The origin of the page being checked: the site's. */
  private origin = '';

  private readonly page: Page;

  private constructor(page: Page) {
    this.page = page;
  }

  static async open(context: BrowserContext): Promise<PageChecker> {
    const page = await context.newPage();
    const checker = new PageChecker(page);
    const report = (request: Request, problem: string) => (checker.owner.get(request) ?? checker.problems).push(problem);
    // Nothing may leave the machine: a request to another origin than the page's is recorded and never sent.
    await page.route('**/*', (route) => {
      const request = route.request();
      if (new URL(request.url()).origin === checker.origin) return route.continue();
      report(request, `other origin: ${request.method()} ${request.url()}`);
      checker.owner.set(request, []);
      return route.abort('blockedbyclient');
    });
    page.on('request', (request) => {
      if (!checker.owner.has(request)) checker.owner.set(request, checker.problems);
      checker.pending++;
    });
    const settle = () => checker.pending--;
    page.on('requestfinished', settle);
    page.on('requestfailed', (request) => {
      settle();
      report(request, `request failed: ${request.url()} (${request.failure()?.errorText})`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) report(response.request(), `request failed: ${response.url()} (HTTP ${response.status()})`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') checker.problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => checker.problems.push(`page error: ${error.message}`));
    // Runs in every document before the page's own scripts, outside its policy.
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener(
        'securitypolicyviolation',
        (event) => window.__cspViolations!.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(no URI)'}${event.sample ? ` “${event.sample}”` : ''} at ${event.sourceFile || '(page)'}:${event.lineNumber}`),
        true,
      );
    });
    return checker;
  }

  async check(url: string, views: readonly View[] = [{ colorScheme: 'light', width: 1280 }]): Promise<string[]> {
    const page = this.page;
    const problems: string[] = [];
    this.problems = problems;
    this.origin = new URL(url).origin;
    const show = async ({ colorScheme, width }: View) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
    };
    await show(views[0]!);
    if (!(await page.goto(url, { waitUntil: 'load' }))) problems.push(`request failed: ${url} (no response)`);
    problems.push(...(await enhancementProblems(page)));
    for (const view of views) {
      await show(view);
      problems.push(...(await axeViolations(page)).map((violation) => `axe ${violation.replace(/^([\w-]+):/, `$1 (${view.colorScheme}, ${view.width} px):`)}`));
    }
    problems.push(...(await useEnhancements(page)));
    problems.push(...(await page.evaluate(() => window.__cspViolations ?? [])).map((violation) => `csp: ${violation}`));
    // Requests still under way (the favicon) end before the next page starts, and count against this one.
    const deadline = Date.now() + 10_000;
    while (this.pending > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    if (this.pending > 0) problems.push(`request failed: ${this.pending} request(s) of ${url} still under way after 10 s`);
    return problems;
  }

  close(): Promise<void> {
    return this.page.close();
  }
}

/** A few checkers in one browser context, each checking one page at a time: for pages checked concurrently. */
export class PageCheckers {
  private readonly idle: PageChecker[] = [];
  private readonly waiting: ((checker: PageChecker) => void)[] = [];

  static async open(context: BrowserContext, count: number): Promise<PageCheckers> {
    const pool = new PageCheckers();
    for (let i = 0; i < count; i++) pool.idle.push(await PageChecker.open(context));
    return pool;
  }

  async check(url: string, views?: readonly View[]): Promise<string[]> {
    const checker = this.idle.pop() ?? (await new Promise<PageChecker>((resolve) => this.waiting.push(resolve)));
    try {
      return await checker.check(url, views);
    } finally {
      const next = this.waiting.shift();
      if (next) next(checker);
      else this.idle.push(checker);
    }
  }
}

/** Each part the enhancers work on shows that they ran. */
async function enhancementProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    for (const figure of document.querySelectorAll('figure.chart')) {
      if (!figure.querySelector(':scope > .chart-tip')) problems.push(`enhancement: chart #${figure.id} has no tooltip: the chart enhancer did not run`);
    }
    for (const table of document.querySelectorAll('table[data-sortable]')) {
      if (!table.querySelector('th button.sort')) problems.push(`enhancement: a sortable table has no sort buttons: the chart enhancer did not run`);
    }
    for (const calculator of document.querySelectorAll<HTMLElement>('[data-bill-calculator]')) {
      if (calculator.dataset.enhanced !== 'true') problems.push(`enhancement: calculator #${calculator.id} was not enhanced`);
    }
    for (const search of document.querySelectorAll<HTMLElement>('[data-search]')) {
      if (search.dataset.enhanced !== 'true') problems.push('enhancement: the search form was not enhanced');
    }
    return problems;
  });
}

/**
 * Uses each kind of enhancement once, so what it does at run time happens under the policy too: a chart is
 * focused and stepped with →, a table sorted, an area typed into the calculator, a word searched (Pagefind's
 * script, worker and index loaded). Done in the page, in one round trip; the enhancers' listeners cannot tell
 * these events from a reader's.
 */
async function useEnhancements(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const problems: string[] = [];
    const shown = (element: Element) => (element as HTMLElement).offsetParent !== null || getComputedStyle(element).position === 'fixed';
    const chart = [...document.querySelectorAll<SVGSVGElement>('figure.chart .chart__drawing svg[tabindex="0"]')].find((svg) => svg.getBoundingClientRect().width > 0);
    if (chart) {
      chart.focus();
      chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }));
      const tip = chart.closest('figure')!.querySelector<HTMLElement>(':scope > .chart-tip')!;
      if (tip.hidden || !tip.textContent) problems.push('enhancement: focusing a chart and pressing → shows no tooltip');
      chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      chart.blur();
    }
    const sort = [...document.querySelectorAll<HTMLButtonElement>('table[data-sortable] th button.sort')].find(shown);
    if (sort) {
      sort.click();
      if (sort.parentElement!.getAttribute('aria-sort') !== 'ascending') problems.push('enhancement: clicking a column header does not sort the table');
    }
    const area = [...document.querySelectorAll<HTMLInputElement>('[data-bill-calculator] input[name="area"]')].find(shown);
    if (area) {
      area.value = '123';
      area.dispatchEvent(new Event('input', { bubbles: true }));
      const sentence = area.closest('[data-bill-calculator]')!.querySelector('[data-bill-sentence]')!.textContent;
      if (!sentence?.includes('123')) problems.push(`enhancement: typing an area of 123 into the calculator gives “${sentence}”`);
    }
    const query = document.querySelector<HTMLInputElement>('[data-search] input[name="q"]');
    if (query) {
      query.value = '供热';
      query.form!.requestSubmit();
      const results = query.closest('[data-search]')!.querySelector('[data-search-results]')!;
      for (const start = Date.now(); results.children.length === 0 && Date.now() - start < 10_000; ) await new Promise((resolve) => setTimeout(resolve, 50));
      if (results.children.length === 0) problems.push('enhancement: searching for 供热 shows no result within 10 s');
    }
    return problems;
  });
}
