/**
 * Prints the figures the issues ask for. Benchmarks print; they never assert.
 *
 *   npm run bench              build time, and the weight of each page of the built site (gzip)
 *   npm run bench -- --fresh   also: clone this repository to a temporary folder and time the README's
 *                              set-up there (npm install, npm run build, npm test)
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

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
for (const file of pages(dist).sort()) {
  const html = readFileSync(file, 'utf8');
  const { css, js, other } = assets(html);
  const inlineJs = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((sum, m) => sum + gzipSync(m[1]!).length, 0);
  const sizes = { html: gzip(file), css: css.reduce((s, f) => s + gzip(f), 0), js: js.reduce((s, f) => s + gzip(f), 0), other: other.reduce((s, f) => s + gzip(f), 0) };
  const total = sizes.html + sizes.css + sizes.js + sizes.other;
  const route = `/${path.relative(dist, file).replace(/index\.html$/, '')}`;
  console.log(`${route.padEnd(44)} ${kb(sizes.html).padStart(8)} ${kb(sizes.css).padStart(8)} ${kb(sizes.js).padStart(7)} ${kb(inlineJs).padStart(11)} ${kb(total).padStart(8)}`);
}
