/**
 * Prints the figures the issues ask for. Benchmarks print; they never assert.
 *
 *   npm run bench              build time; the weight of each page of the built site (gzip: HTML, CSS and
 *                              JS, as the budget gate counts it) against its budget, and the heaviest page
 *                              of each kind; the median build-time render of each chart type; the HTML
 *                              bytes of each chart on /gallery/
 *   npm run bench -- --fresh   also: clone this repository to a temporary folder and time the README's
 *                              set-up there (npm install, npm run build, npm test)
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import type { SiteContent } from '../src/data/site.ts';
import { loadAllDatasets } from '../src/data/load-all.ts';
import { readRegistry } from '../src/data/registry.ts';
import { budgetProblems, budgets, kb, pageBudget, pageWeight, type PageWeight } from '../test/support/gates/budgets.ts';
import { builtPages } from '../test/support/gates/pages.ts';
import { charts } from '../src/charts/index.ts';
import { draw } from '../src/charts/draw.ts';
import type { FigureModel } from '../src/charts/model.ts';

const root = path.resolve(import.meta.dirname, '..');
const fresh = process.argv.includes('--fresh');

function timed(command: string, cwd: string): number {
  const start = performance.now();
  // A build needs the site's address (astro.config.mjs); the figures do not depend on it.
  execSync(command, { cwd, stdio: ['ignore', 'ignore', 'inherit'], env: { SITE_URL: 'http://localhost:4321', ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  return (performance.now() - start) / 1000;
}

const seconds = (s: number) => `${s.toFixed(1)} s`;

if (fresh) {
  const dir = mkdtempSync(path.join(tmpdir(), 'hsd-fresh-'));
  try {
    execSync(`git clone -q "${root}" "${dir}"`);
    console.log(`fresh clone: ${dir}`);
    console.log(`npm install     ${seconds(timed('npm install --no-audit --no-fund', dir))}`);
    console.log(`npm run build   ${seconds(timed('npm run build', dir))}`);
    console.log(`npm test        ${seconds(timed('npm test', dir))}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`astro build     ${seconds(timed('npm run build', root))}`);

const dist = path.join(root, 'dist');

// Page weights as the budget gate counts them (test/support/gates/budgets.ts): HTML plus the CSS and JS it loads.
const weights = builtPages(dist).map((page) => pageWeight(dist, '/', page));
console.log('\npage (gzip)                                  html      css      js   inline js   total   budget');
for (const w of weights) {
  console.log(`${`/${w.route}`.padEnd(44)} ${kb(w.html).padStart(8)} ${kb(w.css).padStart(8)} ${kb(w.js).padStart(7)} ${kb(w.inlineJs).padStart(11)} ${kb(w.total).padStart(8)} ${kb(pageBudget(w.kind)).padStart(8)}`);
}
const heaviest = (list: PageWeight[], size: (w: PageWeight) => number) => list.reduce<PageWeight | undefined>((top, w) => (!top || size(w) > size(top) ? w : top), undefined);
console.log('');
for (const kind of ['story', 'other'] as const) {
  const top = heaviest(weights.filter((w) => w.kind === kind), (w) => w.total);
  if (top) console.log(`heaviest ${kind} page: /${top.route} ${kb(top.total)} (budget ${kb(pageBudget(kind))})`);
}
const javaScript = (w: PageWeight) => w.js + w.inlineJs;
for (const [label, list] of [
  ['with charts or sortable tables', weights.filter((w) => w.interactive.length > 0 && !w.interactive.includes('calculator'))],
  ['with the heating-bill calculator', weights.filter((w) => w.interactive.includes('calculator'))],
] as const) {
  const top = heaviest(list, javaScript);
  if (top) console.log(`JS (gzip) on pages ${label}: ${list.length} pages, at most ${kb(javaScript(top))} on /${top.route} (budget ${kb(budgets.javaScript)})`);
}
const plain = weights.filter((w) => w.interactive.length === 0);
console.log(`JS (gzip) on pages without charts, sortable tables or calculator: ${plain.length} pages, at most ${Math.max(0, ...plain.map(javaScript))} bytes (budget ${budgets.javaScriptWithoutInteractiveParts})`);
const over = weights.flatMap(budgetProblems);
console.log(over.length === 0 ? 'over budget: none' : `over budget:\n  ${over.join('\n  ')}`);

// Median build-time render per chart type: props → checks → spec → SVG for both layouts, on real data.
const content = path.join(root, 'content');
const registry = readRegistry(content);
const context: SiteContent = {
  datasets: new Map(loadAllDatasets(content).map((dataset) => [dataset.id, dataset])),
  places: new Map(registry.places.map((place) => [place.id, place])),
  sources: new Map(registry.sources.map((source) => [source.id, source])),
};
// Each gallery example (src/charts/index.ts): props → model, and for a chart its drawing, as a page builds it.
const chartCases = charts.benchCases.map(({ name, type, props }) => {
  const run = (site: SiteContent) => {
    const model = type.build(props, site);
    return type.view === 'figure' ? draw(model as FigureModel) : model;
  };
  return [name, run] as const;
});
console.log('\nchart type            median model + draw (ms, 50 runs after 5 warm-up)');
for (const [type, run] of chartCases) {
  for (let i = 0; i < 5; i++) run(context);
  const times = Array.from({ length: 50 }, () => {
    const start = performance.now();
    run(context);
    return performance.now() - start;
  }).sort((a, b) => a - b);
  console.log(`${type.padEnd(22)}${((times[24]! + times[25]!) / 2).toFixed(2).padStart(8)}`);
}

// HTML bytes per chart, as built: every figure on the gallery page, raw and gzip.
const gallery = path.join(dist, 'gallery/index.html');
if (existsSync(gallery)) {
  const { document } = parseHTML(readFileSync(gallery, 'utf8'));
  console.log('\nchart on /gallery/ (kind: title)                          html     gzip');
  for (const element of document.querySelectorAll('figure.chart, figure.data-table, section.big-numbers')) {
    const kind = element.getAttribute('data-chart') ?? element.getAttribute('class')!.split(' ')[0]!;
    const title = element.querySelector('.chart__title, .big-numbers__title')?.textContent ?? '';
    const html = element.outerHTML;
    console.log(`${`${kind}: ${title}`.slice(0, 40).padEnd(52)}${kb(Buffer.byteLength(html)).padStart(9)}${kb(gzipSync(html).length).padStart(9)}`);
  }
}
