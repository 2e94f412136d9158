import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { csvParse } from 'd3-dsv';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';
import { loadAllDatasets } from '../../src/data/load-all.ts';
import { figureCells } from '../../src/data/provenance.ts';
import { root } from '../support/build.ts';

const siteDir = inject('siteDir');
const base = '/hsd/';
const page = (route: string) => parseHTML(readFileSync(path.join(siteDir, route, 'index.html'), 'utf8')).document;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? htmlFiles(full) : name.endsWith('.html') ? [full] : [];
  });
}

describe('the story page', () => {
  const doc = page('stories/baotou-season-2025-2026');

  it('is a Chinese page with headline, dek, byline, date and sources', () => {
    expect(doc.documentElement.getAttribute('lang')).toBe('zh-CN');
    expect(doc.querySelector('h1')?.textContent).toBe('包头2025-2026采暖期收官：热力集团三项比率全是100%，却没有往季数字可对照');
    expect(doc.querySelector('.dek')?.textContent).toMatch(/^包头市热力集团4月15日停暖/);
    expect(doc.querySelector('.meta')?.textContent).toContain('供热季数据组');
    expect(doc.querySelector('time[datetime="2026-11-23"]')?.textContent).toBe('2026年11月23日');
    const sources = [...doc.querySelectorAll('#sources ~ ul a')].map((a) => [a.textContent, a.getAttribute('href')]);
    // One source per article of the page; the masthead, which the page does not print, marked 推定.
    expect(sources).toEqual([
      ['包头日报（推定）《我市2025-2026采暖期圆满结束》', `${base}sources/#baotou-season-end-2026`],
      ['包头日报（推定）《188天的温暖 他们用心守护》', `${base}sources/#baotou-huadian-season-2026`],
    ]);
    // Publication date and period reported: two labelled facts.
    const facts = [...doc.querySelectorAll('.story-facts div')].map((div) => [div.querySelector('dt')?.textContent, div.querySelector('dd')?.textContent]);
    expect(facts).toEqual([['发布日期', '2026年11月23日'], ['报道时段', '2025-2026采暖期']]);
  });

  it('has its charts as figures with SVG, summary, unit, source link and data table', () => {
    const figures = [...doc.querySelectorAll('figure.chart')];
    expect(figures).toHaveLength(2);
    const area = figures.find((figure) => figure.querySelector('.chart__title')?.textContent === '包头两家供热单位的供热面积');
    const svgs = area!.querySelectorAll('svg[role="img"]');
    expect(svgs).toHaveLength(2);
    for (const svg of svgs) expect(svg.getAttribute('aria-label')).toBe('包头两家供热单位的供热面积');
    expect(area!.querySelector('.chart__summary')?.textContent).toBe('包头市热力集团的供热面积为3962万平方米，高于华电包头发电分公司的965.13万平方米。');
    expect(area!.querySelector('.chart__meta')?.textContent).toContain('单位：万平方米');
    expect(area!.querySelector(`.chart__meta a[href="${base}sources/#baotou-season-end-2026"]`)?.textContent).toBe('包头日报（推定）《我市2025-2026采暖期圆满结束》');
    expect(area!.querySelector(`.chart__meta a[href="${base}sources/#baotou-huadian-season-2026"]`)?.textContent).toBe('包头日报（推定）《188天的温暖 他们用心守护》');
    const rows = [...area!.querySelectorAll('details table tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['包头市热力集团', '3962万平方米'],
      ['华电包头发电分公司', '965.13万平方米'],
    ]);
    expect(area!.querySelectorAll('svg title')).toHaveLength(4);
  });

  it('binds every figure in its prose to a dataset', () => {
    const nums = [...doc.querySelectorAll('a.num')];
    expect(nums.length).toBeGreaterThanOrEqual(20);
    expect(nums[1]!.textContent).toBe('3962万平方米');
    expect(nums[1]!.getAttribute('href')).toBe(`${base}data/baotou-heating-scale-2025-2026/`);
    // Its tooltip quotes the report's words for it, and names the article.
    expect(nums[1]!.getAttribute('title')).toBe('供热面积：3962万平方米。报道原文：“规模化供热面积达3962万平方米”——包头日报（推定）《我市2025-2026采暖期圆满结束》');
    // Outside the bound figures, the prose carries no digits of its own.
    const prose = doc.querySelector('article')!.cloneNode(true) as Element;
    for (const node of prose.querySelectorAll('header, figure, script, a.num, span.period, section')) node.remove();
    expect(prose.textContent).not.toMatch(/\d/);
  });

  it('ships one script, the chart enhancer, once however many charts it has', () => {
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.getAttribute('type')).toBe('module');
    expect(scripts[0]!.textContent).toContain('chart-tip');
  });
});

describe('every page', () => {
  const files = htmlFiles(siteDir);

  it('ships no JavaScript unless it has a chart, a sortable table, the calculator or the search form', () => {
    const withoutCharts = files.filter((file) => {
      const doc = parseHTML(readFileSync(file, 'utf8')).document;
      return !doc.querySelector('figure.chart, table[data-sortable], [data-bill-calculator], [data-search]');
    });
    expect(withoutCharts.length).toBeGreaterThan(10);
    const offenders = withoutCharts.filter((file) => /<script/i.test(readFileSync(file, 'utf8')));
    expect(offenders.map((file) => path.relative(siteDir, file))).toEqual([]);
  });

  it('links only to pages and files that exist, under the base path', () => {
    const broken: string[] = [];
    for (const file of files) {
      const doc = parseHTML(readFileSync(file, 'utf8')).document;
      for (const a of doc.querySelectorAll('a[href], link[href]')) {
        const href = a.getAttribute('href')!;
        if (/^(https?:|mailto:|#)/.test(href)) continue;
        if (!href.startsWith(base)) {
          broken.push(`${path.relative(siteDir, file)} → ${href} (not under ${base})`);
          continue;
        }
        const target = path.join(siteDir, decodeURIComponent(href.slice(base.length).split('#')[0]!));
        if (!existsSync(target) || (statSync(target).isDirectory() && !existsSync(path.join(target, 'index.html')))) {
          broken.push(`${path.relative(siteDir, file)} → ${href}`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it('colour every legend key from a rule of the stylesheet (no style attributes)', () => {
    const css = readdirSync(path.join(siteDir, '_astro'))
      .filter((file) => file.endsWith('.css'))
      .map((file) => readFileSync(path.join(siteDir, '_astro', file), 'utf8'))
      .join('\n');
    const used = new Set(files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bchart__key--colour-[\w-]+/g)].map((m) => m[0])));
    expect(used.size).toBeGreaterThanOrEqual(3);
    expect([...used].filter((name) => !new RegExp(`\\.${name}\\s*\\{[^}]*--key:`).test(css))).toEqual([]);
  });

  it('are listed in the sitemap', () => {
    const sitemap = readFileSync(path.join(siteDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('https://example.org/hsd/stories/baotou-season-2025-2026/');
    expect(sitemap).toContain('https://example.org/hsd/data/baotou-heating-scale-2025-2026/');
  });
});

describe('dataset pages and downloads', () => {
  // Read as the build reads them: every CSV dataset and every computed one.
  const datasets = loadAllDatasets(path.join(root, 'content'));
  const computed = datasets.filter((d) => d.derivation);
  const index = page('data');

  it('include computed datasets', () => {
    expect(computed.length).toBeGreaterThanOrEqual(10);
    expect(datasets.length - computed.length).toBe(readdirSync(path.join(root, 'content/data')).filter((f) => f.endsWith('.csv')).length);
  });

  it.each(datasets.map((d) => [d.id, d] as const))('%s has its page, and downloads holding exactly its rows', (id, dataset) => {
    const doc = page(`data/${id}`);
    expect(doc.querySelector('h1')?.textContent).toBe(dataset.meta.title);
    expect(index.querySelector(`a[href="${base}data/${id}/"]`)?.textContent).toBe(dataset.meta.title);
    expect(doc.querySelector(`a[href="${base}data/${id}.csv"]`)).not.toBeNull();
    // A CSV dataset's rows are its file's; a computed dataset's are what the build computed.
    const expected = dataset.files.csv
      ? csvParse(readFileSync(path.join(root, dataset.files.csv), 'utf8').replace(/^\uFEFF/, ''))
      : dataset.rows.map((row) => Object.fromEntries(dataset.meta.columns.map((c) => [c.name, row[c.name] === null ? '' : String(row[c.name])])));
    const csv = csvParse(readFileSync(path.join(siteDir, 'data', `${id}.csv`), 'utf8').replace(/^\uFEFF/, ''));
    const json = JSON.parse(readFileSync(path.join(siteDir, 'data', `${id}.json`), 'utf8')) as { rows: unknown[]; derivation?: unknown };
    expect([...csv]).toEqual([...expected]);
    expect(json.rows).toEqual(dataset.rows);
    expect(doc.querySelectorAll('main table')[1]!.querySelectorAll('tbody tr')).toHaveLength(expected.length);
    if (dataset.derivation) {
      expect(json.derivation).toEqual(dataset.derivation);
      const inputs = [...doc.querySelectorAll('#derivation ~ ul.derivation-inputs a')].map((a) => a.getAttribute('href'));
      expect(inputs).toEqual(dataset.derivation.inputs.map((input) => `${base}data/${input}/`));
    }
  });

  it('shows a computed figure with its qualifier, and the report’s inconsistency with both figures', () => {
    const rows = [...page('data/shuozhou-report-inconsistencies-2022').querySelectorAll('main table')[1]!.querySelectorAll('tbody tr')];
    const bill = rows.find((tr) => tr.firstElementChild?.textContent === 'shuozhou-household-bill')!;
    // 2.52 × 近6 × 185: precision follows the inputs, 约2800元, never 近2797.2元; the gap 约300元.
    expect([...bill.children].slice(3, 6).map((td) => td.textContent)).toEqual(['2500元', '约2800元', '约300元']);
    const checks = page('data/shuozhou-heating-costs-2022').querySelector('#checks ~ ul')!.textContent;
    expect(checks).toContain('报道前后矛盾');
    expect(checks).toContain('= 约2800元；报道：该住户所交暖气费 2500元');
  });

  it.each(datasets.filter((d) => !d.derivation).map((d) => [d.id, d] as const))('%s shows and downloads the article and quote of every reported figure', (id, dataset) => {
    const json = JSON.parse(readFileSync(path.join(siteDir, `data/${id}.json`), 'utf8')) as { provenance: { row: string; column: string; source: string; quote: string }[] };
    // One entry per number or date cell, each naming its article.
    expect(json.provenance).toEqual(dataset.provenance);
    expect(json.provenance.length).toBe(figureCells(dataset).length);
    for (const entry of json.provenance) expect(dataset.meta.sources).toContain(entry.source);
    const doc = page(`data/${id}`);
    const quotes = [...doc.querySelectorAll('table.provenance tbody tr')].map((tr) => tr.querySelector('.quote')?.textContent);
    expect(quotes).toEqual(dataset.provenance.map((p) => `“${p.quote}”`));
  });

  it('shows 年份不详 where the report prints no year', () => {
    const row = [...index.querySelectorAll('tbody tr')].find((tr) => tr.querySelector(`a[href="${base}data/hohhot-insulation-trial-surface-temperature/"]`))!;
    expect(row.children[3]!.textContent).toBe('年份不详');
  });
});
