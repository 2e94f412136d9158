import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { PageChecker } from '../support/gates/page-check.ts';
import { serveSite } from '../support/serve.ts';

/**
 * The browser gate (test/browser/every-page.test.ts) fails on pages known to break each of its rules, and
 * says which: a CSP violation, a console error, a page error, a failed request, a request to another origin,
 * an enhancer that did not run, an axe violation.
 */
const policy = `default-src 'self';object-src 'none';base-uri 'self';form-action 'self'`;
const page = (body: string, { lang = 'zh-CN', csp = true } = {}) =>
  `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head><meta charset="utf-8"><title>测试</title>${csp ? `<meta http-equiv="content-security-policy" content="${policy}">` : ''}</head><body><main><h1>测试</h1>${body}</main></body></html>`;

let dir: string;
let browser: Browser;
let checker: PageChecker;
let server: Awaited<ReturnType<typeof serveSite>>;
// Another origin, on this machine all the same; the checker stops the request before it is sent.
const otherOrigin = 'http://localhost:9/';

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'hsd-page-check-'));
  const files: Record<string, string> = {
    'csp/index.html': page('<p style="color: red">红字</p><script>document.title = "改";</script>'),
    'network/index.html': page(`<img src="${otherOrigin}pixel.png" alt="像素"><img src="/x/missing.png" alt="缺"><script src="/x/boom.js"></script>`, { csp: false }),
    'boom.js': 'console.error("boom"); throw new Error("kaput");',
    'enhancer/index.html': page('<figure class="chart" id="fig-1"><figcaption>图</figcaption></figure>'),
    // What an enhancer that ran but does nothing would leave.
    'idle/index.html': page(
      '<figure class="chart" id="fig-2"><figcaption>图</figcaption><div class="chart__drawing"><svg tabindex="0" role="img" aria-label="图" width="100" height="50"></svg></div><div class="chart-tip" hidden></div></figure>' +
        '<table data-sortable><thead><tr><th><button type="button" class="sort">城市</button></th></tr></thead><tbody><tr><td>朔州</td></tr></tbody></table>',
    ),
    'axe/index.html': page('<form><input type="text" name="area"></form>', { lang: '' }),
    'fine/index.html': page('<p>一切正常。</p>'),
  };
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  server = await serveSite(dir, '/x/');
  browser = await launchChromium();
  checker = await PageChecker.open(await browser.newContext());
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

// One checker for all, as the gate reuses its tabs: the last test shows nothing carries over.
describe('PageChecker', () => {
  it('passes a page that breaks no rule', async () => {
    expect(await checker.check(`${server.url}fine/`)).toEqual([]);
  });

  it('fails an inline script and a style attribute the policy blocks', async () => {
    const problems = await checker.check(`${server.url}csp/`);
    expect(problems).toContainEqual(expect.stringMatching(/^csp: script-src-elem blocked inline/));
    expect(problems).toContainEqual(expect.stringMatching(/^csp: style-src-attr blocked inline/));
    expect(problems).toContainEqual(expect.stringMatching(/^console error: .*Content Security Policy/));
  });

  // Without a policy, which would block the image from the other origin itself.
  it('fails a console error, a page error, a failed request and a request to another origin, which never leaves', async () => {
    const problems = await checker.check(`${server.url}network/`);
    expect(problems).toEqual(
      expect.arrayContaining([
        'console error: boom',
        'page error: kaput',
        `other origin: GET ${otherOrigin}pixel.png`,
        `request failed: ${server.url}missing.png (HTTP 404)`,
      ]),
    );
  });

  it('fails a chart the enhancer did not reach', async () => {
    expect(await checker.check(`${server.url}enhancer/`)).toEqual(['enhancement: chart #fig-1 has no tooltip: the chart enhancer did not run']);
  });

  it('fails an enhancement that does nothing when used', async () => {
    expect(await checker.check(`${server.url}idle/`)).toEqual([
      'enhancement: focusing a chart and pressing → shows no tooltip',
      'enhancement: clicking a column header does not sort the table',
    ]);
  });

  it('fails axe WCAG A/AA violations in each view, naming rule, view and element', async () => {
    const problems = await checker.check(`${server.url}axe/`);
    expect(problems).toEqual([expect.stringMatching(/^axe html-has-lang \(light, 1280 px\): /), expect.stringMatching(/^axe label \(light, 1280 px\): .*\(input\)$/)]);
  });

  it('passes a page that breaks no rule after pages that broke them: nothing carries over', async () => {
    expect(await checker.check(`${server.url}fine/`, [{ colorScheme: 'light', width: 1280 }, { colorScheme: 'dark', width: 375 }])).toEqual([]);
  });
});
