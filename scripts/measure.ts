/**
 * Prints the figures the issues ask for. Benchmarks print; they never assert.
 *
 *   npm run bench              build time; the weight of each page of the built site (gzip), its JS
 *                              included; the median build-time render of each chart type; the HTML
 *                              bytes of each chart on /gallery/
 *   npm run bench -- --fresh   also: clone this repository to a temporary folder and time the README's
 *                              set-up there (npm install, npm run build, npm test)
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import type { ChartContext } from '../src/charts/context.ts';
import { loadAllDatasets } from '../src/data/load-all.ts';
import { readRegistry } from '../src/data/registry.ts';
import { chartCases } from './chart-cases.ts';

const root = path.resolve(import.meta.dirname, '..');
const fresh = process.argv.includes('--fresh');

function timed(command: string, cwd: string): number {
  const start = performance.now();
  execSync(command, { cwd, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  return (performance.now() - start) / 1000;
}

const seconds = (s: number) => `${s.toFixed(1)} s`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

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
function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? pages(full) : name.endsWith('.html') ? [full] : [];
  });
}

/** Everything a page makes the browser fetch from this site: stylesheets, scripts, icons, images. */
function assets(html: string): { css: string[]; js: string[]; other: string[] } {
  const local = (url: string) => path.join(dist, url.split(/[?#]/)[0]!.replace(/^\//, ''));
  const attr = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => local(m[1]!)).filter((file) => existsSync(file));
  return {
    css: attr(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g),
    js: attr(/<script[^>]+src="([^"]+)"/g),
    other: [...attr(/<link[^>]+rel="icon"[^>]+href="([^"]+)"/g), ...attr(/<img[^>]+src="([^"]+)"/g)],
  };
}

console.log('\npage (gzip)                                  html      css      js   inline js   total');
const jsPerPage: { route: string; js: number; charts: boolean; calculator: boolean }[] = [];
for (const file of pages(dist).sort()) {
  const html = readFileSync(file, 'utf8');
  const { css, js, other } = assets(html);
  const inlineJs = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((sum, m) => sum + gzipSync(m[1]!).length, 0);
  const sizes = { html: gzip(file), css: css.reduce((s, f) => s + gzip(f), 0), js: js.reduce((s, f) => s + gzip(f), 0), other: other.reduce((s, f) => s + gzip(f), 0) };
  const total = sizes.html + sizes.css + sizes.js + sizes.other;
  const route = `/${path.relative(dist, file).replace(/index\.html$/, '')}`;
  jsPerPage.push({ route, js: sizes.js + inlineJs, charts: /<figure class="(chart|data-table)"/.test(html), calculator: html.includes('data-bill-calculator') });
  console.log(`${route.padEnd(44)} ${kb(sizes.html).padStart(8)} ${kb(sizes.css).padStart(8)} ${kb(sizes.js).padStart(7)} ${kb(inlineJs).padStart(11)} ${kb(total).padStart(8)}`);
}
const withCharts = jsPerPage.filter((p) => p.charts && !p.calculator);
const withCalculator = jsPerPage.filter((p) => p.calculator);
const withoutCharts = jsPerPage.filter((p) => !p.charts && !p.calculator);
console.log(`\nJS (gzip) on pages with charts: ${withCharts.length} pages, at most ${kb(Math.max(0, ...withCharts.map((p) => p.js)))} (${withCharts.map((p) => p.route).join(' ')})`);
console.log(`JS (gzip) on pages with the heating-bill calculator: ${withCalculator.length} pages, at most ${kb(Math.max(0, ...withCalculator.map((p) => p.js)))} (${withCalculator.map((p) => p.route).join(' ')})`);
console.log(`JS (gzip) on pages without charts or calculator: ${withoutCharts.length} pages, at most ${Math.max(0, ...withoutCharts.map((p) => p.js))} bytes`);

// Median build-time render per chart type: props → checks → spec → SVG for both layouts, on real data.
const content = path.join(root, 'content');
const registry = readRegistry(content);
const context: ChartContext = {
  datasets: new Map(loadAllDatasets(content).map((dataset) => [dataset.id, dataset])),
  places: new Map(registry.places.map((place) => [place.id, place])),
  sources: new Map(registry.sources.map((source) => [source.id, source])),
};
console.log('\nchart type            median render (ms, 50 runs after 5 warm-up)');
for (const [type, run] of Object.entries(chartCases)) {
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
