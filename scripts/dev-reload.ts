/**
 * `npm run bench:dev`: how long an editor waits in `npm run dev` between saving a file and seeing the page it
 * changes, in Chromium: an edit to a dataset's metadata (the heading changes), a bad CSV cell (the page shows the
 * mistake) and its fix (the page comes back). Five rounds each over a scratch copy of content/; prints medians.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../test/support/browser.ts';
import { startDev } from '../test/support/dev-server.ts';

const rounds = 5;
const dev = await startDev('bench-dev', 4392);
const browser = await launchChromium();
const page = await browser.newPage();
await page.goto(`${dev.url}/data/shanxi-city-heating-prices-2022/`);
const heading = () => page.getByRole('heading', { level: 1 }).first().textContent({ timeout: 30_000 }).catch(() => '');

const yaml = path.join(dev.content, 'data/shanxi-city-heating-prices-2022.yaml');
const csv = path.join(dev.content, 'data/shanxi-city-heating-prices-2022.csv');
const [yamlText, csvText] = [readFileSync(yaml, 'utf8'), readFileSync(csv, 'utf8')];

/** Milliseconds from writing `text` to `file` until the heading satisfies `done`. */
async function timeSave(file: string, text: string, done: (heading: string) => boolean): Promise<number> {
  await page.waitForTimeout(800);
  const start = performance.now();
  writeFileSync(file, text);
  for (;;) {
    if (done((await heading()) ?? '')) return performance.now() - start;
    if (performance.now() - start > 30_000) throw new Error(`no change within 30 s after saving ${file}`);
    await page.waitForTimeout(20);
  }
}

const times: Record<string, number[]> = { 'metadata edit → page updated': [], 'bad CSV cell → mistake shown': [], 'fix → page back': [] };
for (let round = 0; round < rounds; round++) {
  const title = `改过${round}的山西四市`;
  times['metadata edit → page updated']!.push(await timeSave(yaml, yamlText.replace('title: 山西四市', `title: ${title}`), (h) => h.startsWith(title)));
  times['bad CSV cell → mistake shown']!.push(await timeSave(csv, csvText.replace('datong,3.52,', 'datong,3.52abc,'), (h) => h.startsWith('内容有误')));
  times['fix → page back']!.push(await timeSave(csv, csvText, (h) => h.startsWith(title)));
}
writeFileSync(yaml, yamlText);
await browser.close();
await dev.stop();

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
console.log(`save → page in astro dev (Chromium, ${rounds} rounds)       median     min     max`);
for (const [what, values] of Object.entries(times)) {
  console.log(`${what.padEnd(40)}${(median(values) / 1000).toFixed(2).padStart(8)} s${(Math.min(...values) / 1000).toFixed(2).padStart(7)}${(Math.max(...values) / 1000).toFixed(2).padStart(8)}`);
}
