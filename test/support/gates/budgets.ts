import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { interactive, interactiveParts, type BuiltPage, type PageKind } from './pages.ts';

/**
 * Weight budgets, gzip bytes: a page's HTML plus the CSS and JavaScript it loads. The one place these numbers
 * live: test/site/gates.test.ts enforces them and `npm run bench` (scripts/measure.ts) prints each page
 * against them.
 */
export const budgets = {
  /** A story page, /stories/<slug>/. */
  story: 40 * 1024,
  /** Any other page, however much data it shows. */
  other: 100 * 1024,
  /** JavaScript on any page, inline and loaded. */
  javaScript: 10 * 1024,
  /** JavaScript on a page with no chart, sortable table or calculator. */
  javaScriptWithoutInteractiveParts: 0,
} as const;

export const pageBudget = (kind: PageKind): number => budgets[kind];

/** gzip at zlib's default level, as a static host compresses on the fly. */
export const gzipSize = (bytes: string | Buffer): number => gzipSync(bytes).length;

export interface PageWeight {
  route: string;
  kind: PageKind;
  interactive: string[];
  /** gzip bytes of the HTML (inline scripts and styles included), the stylesheets and the script files. */
  html: number;
  css: number;
  js: number;
  /** gzip bytes of the JavaScript in <script> elements, already counted in `html`. */
  inlineJs: number;
  total: number;
  /** Files the page refers to that the output folder does not have. */
  missing: string[];
}

/** Script elements that run: no type, a JavaScript type or a module (JSON data blocks do not). */
const runs = (script: Element) => ['', 'module', 'text/javascript', 'application/javascript'].includes((script.getAttribute('type') ?? '').trim().toLowerCase());

export function pageWeight(dir: string, base: string, page: BuiltPage): PageWeight {
  const missing: string[] = [];
  const pageUrl = new URL(`${base}${page.route}`, 'http://site.invalid');
  const fileOf = (reference: string, from: URL = pageUrl): string | undefined => {
    const url = new URL(reference, from);
    if (url.origin !== pageUrl.origin || !url.pathname.startsWith(base)) return undefined;
    const file = path.join(dir, decodeURIComponent(url.pathname.slice(base.length)));
    if (existsSync(file)) return file;
    missing.push(reference);
    return undefined;
  };
  const css = [...page.document.querySelectorAll('link[rel~="stylesheet"][href]')].flatMap((link) => fileOf(link.getAttribute('href')!) ?? []);
  const scripts = [...page.document.querySelectorAll('script')].filter(runs);
  // A module's static and dynamic imports load too.
  const js = new Set<string>();
  const load = (file: string) => {
    if (js.has(file)) return;
    js.add(file);
    const url = new URL(`${base}${path.relative(dir, file).split(path.sep).join('/')}`, pageUrl);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:\bimport\s*\(?|\bfrom)\s*["'`]([^"'`]+\.m?js)["'`]/g)) {
      const imported = fileOf(specifier!, url);
      if (imported) load(imported);
    }
  };
  for (const script of scripts) {
    const src = script.getAttribute('src');
    const file = src ? fileOf(src) : undefined;
    if (file) load(file);
  }
  const inlineJs = scripts.filter((script) => !script.hasAttribute('src')).reduce((sum, script) => sum + gzipSize(script.textContent ?? ''), 0);
  const sizes = {
    html: gzipSize(page.html),
    css: css.reduce((sum, file) => sum + gzipSize(readFileSync(file)), 0),
    js: [...js].reduce((sum, file) => sum + gzipSize(readFileSync(file)), 0),
  };
  return { route: page.route, kind: page.kind, interactive: interactiveParts(page.document), ...sizes, inlineJs, total: sizes.html + sizes.css + sizes.js, missing };
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** Every budget a page breaks, each naming the page, its size and the budget. */
export function budgetProblems(weight: PageWeight): string[] {
  const page = `/${weight.route}`;
  const problems: string[] = [];
  const budget = pageBudget(weight.kind);
  if (weight.total > budget) {
    problems.push(`${page}: ${kb(weight.total)} (HTML ${kb(weight.html)} + CSS ${kb(weight.css)} + JS ${kb(weight.js)}, gzip) is over the ${weight.kind} page budget of ${kb(budget)}`);
  }
  const javaScript = weight.js + weight.inlineJs;
  if (javaScript > budgets.javaScript) problems.push(`${page}: ${kb(javaScript)} of JavaScript (gzip) is over the budget of ${kb(budgets.javaScript)}`);
  if (weight.interactive.length === 0 && javaScript > budgets.javaScriptWithoutInteractiveParts) {
    problems.push(`${page}: ${javaScript} bytes of JavaScript (gzip) on a page with no ${Object.keys(interactive).join(', ')}: the budget is ${budgets.javaScriptWithoutInteractiveParts}`);
  }
  for (const reference of weight.missing) problems.push(`${page}: loads ${reference}, which the build did not write`);
  return problems;
}
