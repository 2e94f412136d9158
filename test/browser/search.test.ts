import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { launchChromium } from '../support/browser.ts';
import { indexedPages, indexShards, shardPages } from '../support/search-index.ts';
import { serveSite } from '../support/serve.ts';
import { base, subPath } from '../support/site.setup.ts';

/**
 * A reader searching the site in Chromium: from the header's field or on /search/, filtering by kind and by
 * place, with Chinese queries, and with JavaScript off; under each page's Content-Security-Policy, with no
 * console error. What the index holds is read from the build (test/support/search-index.ts), so each result
 * list is compared with the pages that hold the words.
 */
const siteUrl = inject('siteUrl');
const indexed = indexedPages(inject('siteDir'));
const holding = (...words: string[]) => indexed.filter((page) => words.every((word) => page.text.includes(word)));
const urls = (pages: { url: string }[]) => pages.map((page) => page.url).sort();

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface Visit {
  page: Page;
  /** Console errors and warnings, page errors, failed requests and CSP violations, as they happen. */
  problems: string[];
  /** The path of every request the page and its workers made. */
  requested: string[];
}

async function open(route: string, javaScriptEnabled = true, site = siteUrl): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled });
  const page = await context.newPage();
  const problems: string[] = [];
  const requested: string[] = [];
  context.on('request', (request) => requested.push(new URL(request.url()).pathname));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.exposeFunction('__reportViolation', (text: string) => problems.push(`csp: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => (window as unknown as { __reportViolation: (text: string) => void }).__reportViolation(`${event.effectiveDirective} blocked ${event.blockedURI}`), true);
  });
  const response = await page.goto(`${site}${route}`);
  expect(response?.status()).toBe(200);
  return { page, problems, requested };
}

const searchbox = (page: Page) => page.getByRole('searchbox', { name: '搜索报道、数据集和地点' });
const status = (page: Page) => page.getByRole('status');
const resultList = (page: Page) => page.getByRole('list', { name: '搜索结果' });

/** Waits for the results line to say `expected`: the search has answered. */
async function answers(page: Page, expected: string): Promise<void> {
  await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toBe(expected);
}
const count = (pages: unknown[]) => `找到${pages.length}条结果`;

interface Shown {
  title: string;
  href: string;
  kind: string;
  period: string | null;
  excerpt: string;
  marked: string[];
}

/** Every result, 显示更多结果 pressed until all are shown. */
async function allResults(page: Page): Promise<Shown[]> {
  const more = page.getByRole('button', { name: '显示更多结果' });
  while (await more.isVisible()) {
    const before = await resultList(page).getByRole('listitem').count();
    await more.click();
    await expect.poll(() => resultList(page).getByRole('listitem').count()).toBeGreaterThan(before);
  }
  return resultList(page)
    .getByRole('listitem')
    .evaluateAll((items) =>
      items.map((item) => ({
        title: item.querySelector('h2 a')!.textContent!,
        href: item.querySelector('h2 a')!.getAttribute('href')!,
        kind: item.querySelector('[data-kind]')!.textContent!,
        period: item.querySelector('[data-period]')?.textContent ?? null,
        excerpt: item.querySelector('[data-excerpt]')!.textContent!,
        marked: [...item.querySelectorAll('[data-excerpt] mark')].map((mark) => mark.textContent!),
      })),
    );
}

describe('search', () => {
  it('shows results as the reader types: title, kind, period and an excerpt with the words marked', async () => {
    const { page, problems } = await open('search/');
    expect(await status(page).textContent()).toBe('输入要找的词，如“煤改电”“供热面积”。几个词用空格隔开，结果里每个词都有。');
    await searchbox(page).pressSequentially('供热面积');
    await answers(page, count(holding('供热面积')));
    const results = await allResults(page);
    expect(urls(results.map((r) => ({ url: r.href })))).toEqual(urls(holding('供热面积')));
    for (const result of results) {
      const page = indexed.find((p) => p.url === result.href)!;
      expect(result.title).toBe(page.meta.title);
      expect(['报道', '数据集', '地点']).toContain(result.kind);
      expect(result.kind).toBe(page.meta.kind);
      // Stories and datasets name the period they report; places have none.
      expect(result.period).toBe(page.meta.period ?? null);
      expect(result.marked).toContain('供热面积');
      expect(result.excerpt).not.toContain('\u200b');
    }
    expect(results.some((r) => r.kind === '报道') && results.some((r) => r.kind === '数据集')).toBe(true);
    expect(new URL(page.url()).searchParams.get('q')).toBe('供热面积');
    // The results meet WCAG 2.1 AA as shown, in both themes (the marked words included).
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('is reached from the search field in the header of any page, a plain GET form', async () => {
    const { page, problems } = await open('stories/baotou-season-2025-2026/');
    // No search script on the story page; the form sends the reader to /search/?q=….
    expect(await page.evaluate(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/pagefind/')))).toBe(false);
    const field = page.getByRole('search').getByRole('searchbox', { name: '搜索本站' });
    await field.fill('煤改电');
    await field.press('Enter');
    await page.waitForURL(`${siteUrl}search/?q=${encodeURIComponent('煤改电')}`);
    expect(await searchbox(page).inputValue()).toBe('煤改电');
    await answers(page, count(holding('煤改电')));
    // “煤改电” finds the Haibowan story first: its title holds the word, and stories come before datasets.
    const first = resultList(page).getByRole('listitem').first();
    expect(await first.getByRole('link').getAttribute('href')).toBe(`${base}stories/haibowan-coal-to-electric/`);
    expect(await first.getByRole('link').textContent()).toBe('海勃湾“煤改电”改完不到一半，两套进度数字难以拼合');
    expect(await first.locator('[data-kind]').textContent()).toBe('报道');
    expect(problems).toEqual([]);
  });

  it('finds a two-character word where its characters stand together, not where they stand apart', async () => {
    const word = '供暖';
    // Pages with both characters but never side by side: what character noise would bring.
    const apart = indexed.filter((page) => [...word].every((character) => page.text.includes(character)) && !page.text.includes(word));
    expect(apart.length).toBeGreaterThan(5);
    const { page, problems } = await open(`search/?q=${encodeURIComponent(word)}`);
    await answers(page, count(holding(word)));
    const results = await allResults(page);
    expect(urls(results.map((r) => ({ url: r.href })))).toEqual(urls(holding(word)));
    for (const result of results) expect(result.marked).toEqual(expect.arrayContaining([word]));
    expect(results.filter((result) => apart.some((page) => page.url === result.href))).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('finds a place name whatever Pagefind’s own word splitting would make of it (乌海市), and each of several words', async () => {
    const { page, problems } = await open(`search/?q=${encodeURIComponent('乌海市')}`);
    await answers(page, count(holding('乌海市')));
    expect(urls((await allResults(page)).map((r) => ({ url: r.href })))).toEqual(urls(holding('乌海市')));
    await searchbox(page).fill('乌海市 热泵');
    await searchbox(page).press('Enter');
    await answers(page, count(holding('乌海市', '热泵')));
    expect(urls((await allResults(page)).map((r) => ({ url: r.href })))).toEqual(urls(holding('乌海市', '热泵')));
    expect(holding('乌海市', '热泵').length).toBeLessThan(holding('乌海市').length);
    expect(problems).toEqual([]);
  });

  it('filters by kind and by place, and keeps the filters in the address', async () => {
    const { page, problems } = await open(`search/?q=${encodeURIComponent('供热')}`);
    await answers(page, count(holding('供热')));
    await page.getByRole('radio', { name: '数据集' }).check();
    const datasets = holding('供热').filter((p) => p.filters.kind?.includes('dataset'));
    expect(datasets.length).toBeLessThan(holding('供热').length);
    await answers(page, count(datasets));
    let results = await allResults(page);
    expect(urls(results.map((r) => ({ url: r.href })))).toEqual(urls(datasets));
    expect(new Set(results.map((r) => r.kind))).toEqual(new Set(['数据集']));
    expect(new URL(page.url()).searchParams.get('kind')).toBe('dataset');

    await page.getByRole('radio', { name: '全部' }).check();
    await page.getByRole('combobox', { name: '地点' }).selectOption({ label: '包头市' });
    // Pages about Baotou or a place within it.
    const baotou = holding('供热').filter((p) => p.filters.place?.includes('baotou'));
    expect(baotou.length).toBeGreaterThan(1);
    expect(baotou.length).toBeLessThan(holding('供热').length);
    await answers(page, count(baotou));
    results = await allResults(page);
    expect(urls(results.map((r) => ({ url: r.href })))).toEqual(urls(baotou));
    expect(new URL(page.url()).searchParams.get('place')).toBe('baotou');
    expect(new URL(page.url()).searchParams.has('kind')).toBe(false);

    // The address restores the search: reloading shows the same filtered results.
    await page.reload();
    expect(await page.getByRole('combobox', { name: '地点' }).inputValue()).toBe('baotou');
    await answers(page, count(baotou));
    expect(problems).toEqual([]);
  });

  it('says so when nothing holds the words', async () => {
    const { page, problems } = await open(`search/?q=${encodeURIComponent('地铁票价')}`);
    expect(holding('地铁票价')).toEqual([]);
    await answers(page, '没有找到含“地铁票价”的报道、数据集或地点。');
    expect(await resultList(page).getByRole('listitem').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('without JavaScript, says that search needs it and links to the stories, datasets and places', async () => {
    const { page, problems } = await open(`search/?q=${encodeURIComponent('供热')}`, false);
    // (Playwright's text locators do not look inside <noscript>, which a browser without JavaScript shows.)
    const note = page.locator('noscript > p');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toBe('搜索需要在浏览器里运行 JavaScript，现在没有运行。可以从这里浏览本站的全部内容：');
    // The links shown (the same list for a failed index load stays hidden).
    const links = await page.getByRole('main').getByRole('list').filter({ has: page.getByRole('link', { name: '全部报道' }) }).getByRole('link').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(links).toEqual([
      ['全部报道', `${base}#stories`],
      ['全部数据集', `${base}data/`],
      ['按地点浏览', `${base}#browse`],
    ]);
    expect(await resultList(page).getByRole('listitem').count()).toBe(0);
    expect(problems).toEqual([]);
  });
});

describe('a search index in shards', () => {
  // The sub-path build's index is written in shards of 30 pages (test/support/site.setup.ts), as a site of more
  // pages than one shard holds has it (src/lib/pagefind.ts): the search page merges them into one.
  const deskDir = inject('subPathDir');
  const deskIndexed = indexedPages(deskDir);
  const deskHolding = (...words: string[]) => deskIndexed.filter((page) => words.every((word) => page.text.includes(word)));
  let desk: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    desk = await serveSite(deskDir, subPath.base);
  });
  afterAll(async () => {
    await desk?.close();
  });

  it('finds the pages of every shard, with their filters, as one index', async () => {
    const shards = indexShards(deskDir);
    expect(shards).toEqual(['pagefind', 'pagefind-2', 'pagefind-3']);
    const word = '供热';
    // The word is on pages of each shard.
    for (const shard of shards) expect(shardPages(deskDir, shard).filter((page) => page.text.includes(word)).length, shard).toBeGreaterThan(0);
    const { page, problems, requested } = await open(`search/?q=${encodeURIComponent(word)}`, true, desk.url);
    await answers(page, count(deskHolding(word)));
    const results = await allResults(page);
    expect(urls(results.map((r) => ({ url: r.href })))).toEqual(urls(deskHolding(word)));
    expect(results.every((result) => result.href.startsWith(subPath.base) && result.marked.includes(word))).toBe(true);
    // Every shard's index was read, each from its own folder under the sub-path.
    for (const shard of shards) expect(requested.some((path) => path.startsWith(`${subPath.base}${shard}/`) && path.endsWith('.pf_meta')), shard).toBe(true);

    // A filter holds across the shards.
    await page.getByRole('radio', { name: '数据集' }).check();
    const datasets = deskHolding(word).filter((p) => p.filters.kind?.includes('dataset'));
    expect(new Set(datasets.map((p) => shards.find((shard) => shardPages(deskDir, shard).some((q) => q.url === p.url)))).size).toBeGreaterThan(1);
    await answers(page, count(datasets));
    expect(urls((await allResults(page)).map((r) => ({ url: r.href })))).toEqual(urls(datasets));
    expect(problems).toEqual([]);
  });
});
