import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { budgetProblems, pageWeight } from '../support/gates/budgets.ts';
import { cspProblems } from '../support/gates/csp.ts';
import { validateHtml } from '../support/gates/html-validator.ts';
import { checkLinks } from '../support/gates/links.ts';
import { builtPages } from '../support/gates/pages.ts';
import { firstDifference } from '../support/gates/same-tree.ts';
import { serveSite } from '../support/serve.ts';

/**
 * Each quality gate fails on a page known to break it, naming the page and the rule: a gate that cannot fail
 * checks nothing. Small sites are written to temporary folders.
 */
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function site(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'hsd-gate-'));
  folders.push(dir);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

const policy = `default-src 'self';object-src 'none';base-uri 'self';form-action 'self'; script-src 'self'; style-src 'self'`;
const html = (body: string, head = `<meta http-equiv="content-security-policy" content="${policy}">`) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>测试</title>${head}</head><body>${body}</body></html>`;
/** Text that gzips to about `kb` KB: random bytes, base64-encoded. */
const noise = (kb: number) => randomBytes(kb * 1024).toString('base64');

describe('the weight budget gate', () => {
  const dir = site({
    'stories/heavy/index.html': html(`<p>${noise(41)}</p>`),
    'data/big/index.html': html(`<table><tr><td>${noise(90)}</td></tr></table>`, '<link rel="stylesheet" href="/x/big.css">'),
    'big.css': `p::before { content: "${noise(12)}"; }`,
    'tags/scripted/index.html': html('<p>无图表</p><script type="module">console.log(1)</script>'),
    'gallery/index.html': html('<figure class="chart"></figure><script type="module" src="/x/enhancer.js"></script>'),
    'enhancer.js': 'import "./chunk.js";',
    'chunk.js': `console.log("${noise(11)}");`,
  });
  const problems = builtPages(dir).flatMap((page) => budgetProblems(pageWeight(dir, '/x/', page)));

  it('fails a story over 40 KB and another page over 100 KB, with the size and the budget', () => {
    expect(problems).toContainEqual(expect.stringMatching(/^\/stories\/heavy\/: 4\d\.\d KB \(HTML 4\d\.\d KB \+ CSS 0\.0 KB \+ JS 0\.0 KB, gzip\) is over the story page budget of 40\.0 KB$/));
    expect(problems).toContainEqual(expect.stringMatching(/^\/data\/big\/: 10\d\.\d KB \(HTML 9\d\.\d KB \+ CSS 1\d\.\d KB \+ JS 0\.0 KB, gzip\) is over the other page budget of 100\.0 KB$/));
  });

  it('fails JavaScript over 10 KB, counting what a module imports, and any JavaScript on a page without charts', () => {
    expect(problems).toContainEqual(expect.stringMatching(/^\/gallery\/: 1\d\.\d KB of JavaScript \(gzip\) is over the budget of 10\.0 KB$/));
    expect(problems).toContainEqual(expect.stringMatching(/^\/tags\/scripted\/: \d+ bytes of JavaScript \(gzip\) on a page with no chart, sortable table, calculator, search: the budget is 0$/));
    expect(problems).toHaveLength(4);
  });
});

describe('the Content-Security-Policy gate', () => {
  const dir = site({
    'none/index.html': html('<p>无策略</p>', ''),
    'loose/index.html': html('<p>宽松</p>', `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'">`),
    'inline/index.html': html('<p style="color: red">样式</p><script>alert(1)</script>'),
  });
  const problems = builtPages(dir).flatMap(cspProblems);

  it('fails a page without a policy', () => {
    expect(problems).toContain('/none/: 0 <meta http-equiv="content-security-policy"> elements, expected 1');
  });

  it('fails unsafe-inline and unsafe-eval, and a missing object-src, base-uri or form-action', () => {
    expect(problems).toEqual(
      expect.arrayContaining([
        "/loose/: CSP script-src allows 'unsafe-inline'",
        "/loose/: CSP script-src allows 'unsafe-eval'",
        "/loose/: CSP style-src allows 'unsafe-inline'",
        "/loose/: CSP object-src must be 'none', found (missing)",
        "/loose/: CSP base-uri must be 'self', found (missing)",
        "/loose/: CSP form-action must be 'self', found (missing)",
      ]),
    );
  });

  it('fails an inline script the policy does not hash, and a style attribute', () => {
    expect(problems).toContainEqual(expect.stringMatching(/^\/inline\/: an inline script whose hash 'sha256-[\w+/=]+' is not in the CSP's script-src$/));
    expect(problems).toContain('/inline/: style attribute on <p> (style="color: red"), which the CSP blocks');
  });
});

describe('the HTML validity gate', () => {
  it('fails a duplicate id and an attribute SVG does not allow, with file, line and column (Nu Html Checker)', async () => {
    const dir = site({ 'stories/bad/index.html': html('<p id="a">一</p>\n<p id="a">二</p>\n<svg viewBox="0 0 1 1"><g font-variant="tabular-nums"></g></svg>') });
    expect(await validateHtml(dir, ['stories/bad/index.html'])).toEqual([
      expect.stringMatching(/^stories\/bad\/index\.html:2:\d+ Duplicate ID “a”\./),
      expect.stringMatching(/^stories\/bad\/index\.html:3:\d+ Bad value “tabular-nums” for attribute “font-variant” on element “g”\./),
    ]);
  });
});

describe('the link gate', () => {
  it('fails a missing page, a missing #fragment and a canonical link to the public address that has no page', async () => {
    const dir = site({
      'index.html': html('<a href="/x/a/#missing">甲</a><a href="/x/gone/">乙</a><a href="#here">丙</a><a href="#nowhere">丁</a><p id="here"></p>', '<link rel="canonical" href="https://example.org/x/nope/">'),
      'a/index.html': html('<p id="present">甲</p>'),
    });
    const server = await serveSite(dir, '/x/');
    try {
      const report = await checkLinks({ localUrl: server.url, publicUrl: 'https://example.org/x/', pages: [''] });
      expect(report.broken).toEqual([
        "https://example.org/x/ → https://example.org/x/#nowhere: Fragment identifier '#nowhere' not found on page",
        "https://example.org/x/ → https://example.org/x/a/#missing: Fragment identifier '#missing' not found on page",
        'https://example.org/x/ → https://example.org/x/gone/: HTTP 404',
        'https://example.org/x/ → https://example.org/x/nope/: HTTP 404',
      ]);
    } finally {
      await server.close();
    }
  });
});

describe('the reproducibility gate', () => {
  it('names the first file that differs, and where', () => {
    const a = site({ 'index.html': '<p>一样</p>', 'data/x.json': '{"built":"2026-01-01T00:00:00Z"}' });
    const b = site({ 'index.html': '<p>一样</p>', 'data/x.json': '{"built":"2026-01-01T00:00:01Z"}' });
    expect(firstDifference(a, b)).toBe(`data/x.json: differs at byte 28 (32 and 32 bytes): "{\\"built\\":\\"2026-01-01T00:00:00Z\\"}" ≠ "{\\"built\\":\\"2026-01-01T00:00:01Z\\"}"`);
    expect(firstDifference(a, site({ 'index.html': '<p>一样</p>' }))).toBe(`data/x.json: only in ${a}`);
    expect(firstDifference(a, a)).toBeUndefined();
  });
});
