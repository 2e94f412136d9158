import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { startDev, type DevServer } from '../support/dev-server.ts';

/**
 * What an editor sees in `npm run dev` when a save has a mistake: the open page reloads and shows the build's
 * message, with its code and its file and line, and comes back by itself once the file is fixed. Runs after the
 * other projects (vitest.config.ts): a dev server writes the project's .astro/ folder, as a build does.
 * How long each step takes is measured by `npm run bench:dev`, not asserted here.
 */
let dev: DevServer;
let browser: Browser;

beforeAll(async () => {
  dev = await startDev('dev-errors', 4391);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await dev?.stop();
});

/** Replaces `from` by `to` in a file of the scratch content, failing if `from` is not there. */
function edit(file: string, from: string, to: string): () => void {
  const full = path.join(dev.content, file);
  const text = readFileSync(full, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no “${from}”`);
  writeFileSync(full, text.replace(from, to));
  return () => writeFileSync(full, text);
}

/** The page `astro dev` shows for a content mistake (src/lib/content-error-page.ts): the message is its alert. */
const message = (page: Page) => page.getByRole('alert');
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const errorTitle = '内容有误，页面暂时无法显示';

async function open(route: string): Promise<Page> {
  const page = await browser.newPage();
  const response = await page.goto(`${dev.url}${route}`);
  expect(response?.status(), dev.output()).toBe(200);
  return page;
}

describe('a content mistake saved during npm run dev', () => {
  it('shows a bad CSV cell in the open page, with its code, file, line and column, and recovers when fixed', async () => {
    const page = await open('/data/shanxi-city-heating-prices-2022/');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 }).toContain('山西四市');
    const fix = edit('data/shanxi-city-heating-prices-2022.csv', 'datong,3.52,', 'datong,3.52abc,');
    try {
      await expect.poll(() => heading(page).textContent(), { timeout: 15_000 }).toBe(errorTitle);
      const shown = await message(page).textContent();
      expect(shown).toMatch(/^test\/\.output\/dev-errors\/content\/data\/shanxi-city-heating-prices-2022\.csv:2:2 列“residential”/);
      expect(shown).toContain('找到“3.52abc”');
      expect(shown).toContain('（错误代码 cell-not-a-number，');
    } finally {
      fix();
    }
    await expect.poll(() => heading(page).textContent(), { timeout: 15_000 }).toContain('山西四市');
    await page.close();
  });

  it('shows an edit to a dataset once saved', async () => {
    const page = await open('/data/shanxi-city-heating-prices-2022/');
    const undo = edit('data/shanxi-city-heating-prices-2022.yaml', 'title: 山西四市', 'title: 改过的山西四市');
    try {
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 }).toMatch(/^改过的山西四市/);
    } finally {
      undo();
    }
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 }).toMatch(/^山西四市/);
    await page.close();
  });

  it('shows a mistake in a registry (a place whose parent does not exist) on a page that reads content', async () => {
    const page = await open('/');
    const fix = edit('places.yaml', 'parent: shanxi', 'parent: shanxii');
    try {
      await expect.poll(() => heading(page).textContent(), { timeout: 15_000 }).toBe(errorTitle);
      const shown = await message(page).textContent();
      expect(shown).toMatch(/^test\/\.output\/dev-errors\/content\/places\.yaml:\d+ 地点“\w+”的 parent：找到“shanxii”/);
      expect(shown).toContain('（错误代码 place-unknown，');
    } finally {
      fix();
    }
    await expect.poll(() => heading(page).textContent(), { timeout: 15_000 }).not.toBe(errorTitle);
    expect(await page.getByRole('main').count()).toBe(1);
    await page.close();
  });

  it('shows a story’s frontmatter mistake on its page, and the story comes back when fixed', async () => {
    const page = await open('/stories/shanxi-heating-bills-2022/');
    const fix = edit('stories/shanxi-heating-bills-2022.mdx', '\ndate: 2026-11-23', '\ndate: 2026-13-40');
    try {
      await expect.poll(() => heading(page).textContent(), { timeout: 15_000 }).toBe(errorTitle);
      const shown = await message(page).textContent();
      expect(shown).toMatch(/^test\/\.output\/dev-errors\/content\/stories\/shanxi-heating-bills-2022\.mdx:4 /);
      expect(shown).toContain('找到“2026-13-40”');
    } finally {
      fix();
    }
    await expect.poll(() => heading(page).textContent(), { timeout: 15_000 }).not.toBe(errorTitle);
    expect(await heading(page).textContent()).not.toBe('');
    await page.close();
  });
  it('shows a mistake in a short bound figure (:num[…]) on its page at its line, and the story comes back when fixed', async () => {
    const page = await open('/stories/shanxi-heating-bills-2022/');
    const fix = edit('stories/shanxi-heating-bills-2022.mdx', '太原:num[prices.taiyuan.residential]', '太原:num[price.taiyuan.residential]');
    try {
      await expect.poll(() => heading(page).textContent(), { timeout: 15_000 }).toBe(errorTitle);
      const shown = await message(page).textContent();
      expect(shown).toMatch(/^test\/\.output\/dev-errors\/content\/stories\/shanxi-heating-bills-2022\.mdx:28:\d+ /);
      expect(shown).toContain('“price”');
    } finally {
      fix();
    }
    await expect.poll(() => heading(page).textContent(), { timeout: 15_000 }).not.toBe(errorTitle);
    expect(await page.getByText('太原', { exact: false }).first().isVisible()).toBe(true);
    await page.close();
  });
});
