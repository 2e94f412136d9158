import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { parse as parseYaml } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import { storyRules } from '../../src/editorial/story-rules.ts';
import { root } from '../support/build.ts';

/**
 * Every published story, the hub, the place and tag pages and the calculator page as `astro build` writes
 * them (under the base path /hsd/): what issue 5 asks each of them to carry.
 */
const siteDir = inject('siteDir');
const base = '/hsd/';
const page = (route: string) => parseHTML(readFileSync(path.join(siteDir, route, 'index.html'), 'utf8')).document;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const fileOf = (href: string) => path.join(siteDir, decodeURIComponent(href.slice(base.length).split('#')[0]!), href.endsWith('/') ? 'index.html' : '');

interface Frontmatter {
  title: string;
  date: string | Date;
  places: string[];
  tags: string[];
  sources: string[];
  draft?: boolean;
  kind?: 'story' | 'brief';
  related?: string[];
}
const storiesDir = path.join(root, 'content/stories');
const stories = readdirSync(storiesDir)
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => {
    const source = readFileSync(path.join(storiesDir, file), 'utf8');
    return { slug: file.replace(/\.mdx$/, ''), data: parseYaml(/^---\n([\s\S]*?)\n---/.exec(source)![1]!) as Frontmatter };
  })
  .filter((story) => !story.data.draft);
const sources = parseYaml(readFileSync(path.join(root, 'content/sources.yaml'), 'utf8')) as { id: string; headline: string; publication: string }[];
const places = parseYaml(readFileSync(path.join(root, 'content/places.yaml'), 'utf8')) as { id: string; name: string; parent?: string; keyFigures?: unknown[] }[];

it('the site has at least seven published stories', () => {
  expect(stories.length).toBeGreaterThanOrEqual(7);
});

describe.each(stories.map((story) => [story.slug, story] as const))('the story %s', (slug, story) => {
  const doc = page(`stories/${slug}`);
  const article = doc.querySelector('article')!;

  it('has its headline, dek, byline and date', () => {
    expect(text(doc.querySelector('h1'))).toBe(story.data.title);
    expect(text(doc.querySelector('.dek')).length).toBeGreaterThan(10);
    expect(text(doc.querySelector('header .meta'))).toContain('供热季数据组');
    expect(doc.querySelector('header time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it(`has at least ${storyRules[story.data.kind ?? 'story'].minCharts} chart(s) for a ${story.data.kind ?? 'story'}, each drawn or tabulated in the HTML`, () => {
    const charts = [...article.querySelectorAll('figure.chart, figure.data-table, section.big-numbers, [data-bill-calculator]')];
    expect(charts.length).toBeGreaterThanOrEqual(storyRules[story.data.kind ?? 'story'].minCharts);
    for (const chart of charts) expect(chart.querySelector('svg[role="img"], table, .big-numbers__number')).not.toBeNull();
  });

  it('binds every figure of its prose to a dataset page that exists, and types none', () => {
    const nums = [...article.querySelectorAll('a.num')];
    expect(nums.length).toBeGreaterThanOrEqual(3);
    for (const num of nums) {
      expect(text(num)).toMatch(/\d/);
      expect(num.getAttribute('href')).toMatch(new RegExp(`^${base}data/[a-z0-9-]+/$`));
      expect(existsSync(fileOf(num.getAttribute('href')!)), num.getAttribute('href')!).toBe(true);
    }
    const prose = article.cloneNode(true) as Element;
    // A year in the prose comes from a dataset's period (<Period>), never typed.
    for (const node of prose.querySelectorAll('header, figure, section, script, a.num, span.period, [data-bill-calculator]')) node.remove();
    expect(text(prose)).not.toMatch(/\d/);
  });

  it('names every source report under 数据来源, and explains its figures under 数据说明', () => {
    expect(text(doc.querySelector('#sources'))).toBe('数据来源');
    const listed = [...doc.querySelectorAll('#sources ~ ul a')].map((a) => a.getAttribute('href'));
    expect(listed).toEqual(story.data.sources.map((id) => `${base}sources/#${id}`));
    const headings = [...article.querySelectorAll('h2')].map((h) => text(h));
    expect(headings).toContain('数据说明');
    const notes = article.querySelector('h2#数据说明 + ul, h2[id^="数据说明"] + ul');
    expect(notes?.querySelectorAll('li').length ?? 0).toBeGreaterThanOrEqual(2);
  });

  it('lists its datasets, its updates and related stories, all linked to pages that exist', () => {
    const datasets = [...doc.querySelectorAll('#datasets + ul a')];
    expect(datasets.length).toBeGreaterThanOrEqual(1);
    const updates = [...doc.querySelectorAll('#updates + ul li')].map((li) => text(li));
    expect(updates[0]).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日：首次发布。$/);
    const related = [...doc.querySelectorAll('#related + ul a')].map((a) => a.getAttribute('href')!);
    expect(related.length).toBeGreaterThanOrEqual(2);
    for (const id of story.data.related ?? []) expect(related).toContain(`${base}stories/${id}/`);
    for (const href of [...datasets.map((a) => a.getAttribute('href')!), ...related]) expect(existsSync(fileOf(href)), href).toBe(true);
  });

  it('links to a page for each of its places and tags', () => {
    const chips = [...doc.querySelectorAll('header .chips a')].map((a) => a.getAttribute('href')!);
    expect(chips).toEqual([...story.data.places.map((id) => `${base}places/${id}/`), ...story.data.tags.map((tag) => `${base}tags/${encodeURIComponent(tag)}/`)]);
    for (const href of chips) expect(existsSync(fileOf(href)), href).toBe(true);
  });
});

describe('the season hub (home page)', () => {
  const doc = page('');

  it('shows a key figure per place, each with place, period, dataset and source', () => {
    const items = [...doc.querySelectorAll('.key-figures li')];
    expect(items.length).toBeGreaterThanOrEqual(5);
    for (const item of items) {
      expect(item.querySelector('.big-numbers__place a')?.getAttribute('href')).toMatch(new RegExp(`^${base}places/[a-z0-9-]+/$`));
      expect(text(item.querySelector('.big-numbers__place'))).toMatch(/·\s*\S/);
      expect(text(item.querySelector('.big-numbers__number'))).toMatch(/\d/);
      expect(item.querySelector('.big-numbers__value a')?.getAttribute('href')).toMatch(new RegExp(`^${base}data/`));
      expect(item.querySelector(`.big-numbers__source a[href^="${base}sources/#"]`)).not.toBeNull();
    }
    const placeNames = items.map((item) => text(item.querySelector('.big-numbers__place a')));
    expect(new Set(placeNames).size).toBe(placeNames.length);
  });

  it('has one chart across places', () => {
    const chart = doc.querySelector('#across ~ figure.chart')!;
    expect(chart.querySelector('svg[role="img"]')).not.toBeNull();
    const rows = [...chart.querySelectorAll('details table tbody tr th')].map((th) => text(th));
    expect(rows.sort()).toEqual(['大同', '太原', '忻州', '朔州'].sort());
  });

  it('lists every story, newest first', () => {
    const listed = [...doc.querySelectorAll('#stories ~ .story-list li')];
    expect(listed.map((li) => li.querySelector('a')!.getAttribute('href'))).toHaveLength(stories.length);
    const dates = listed.map((li) => li.querySelector('time')!.getAttribute('datetime')!);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('offers places and subjects to browse, and every dataset', () => {
    expect(doc.querySelectorAll(`#browse ~ ul.chips a[href^="${base}places/"]`).length).toBeGreaterThanOrEqual(5);
    const tags = new Set(stories.flatMap((story) => story.data.tags));
    expect(doc.querySelectorAll(`#browse ~ ul.chips a[href^="${base}tags/"]`).length).toBe(tags.size);
    const datasetFiles = readdirSync(path.join(root, 'content/data')).filter((f) => f.endsWith('.yaml'));
    expect(doc.querySelectorAll(`#datasets ~ ul a[href^="${base}data/"]`).length).toBe(datasetFiles.length);
  });
});

describe('place and tag pages', () => {
  it('exist for every place, with its parent, children, stories and datasets', () => {
    for (const place of places) {
      const doc = page(`places/${place.id}`);
      expect(text(doc.querySelector('h1'))).toBe(place.name);
      const parent = places.find((p) => p.id === place.parent);
      if (parent) expect(doc.querySelector(`.meta a[href="${base}places/${parent.id}/"]`)?.textContent).toBe(parent.name);
      for (const child of places.filter((p) => p.parent === place.id)) {
        expect(doc.querySelector(`.chips a[href="${base}places/${child.id}/"]`), `${place.id} → ${child.id}`).not.toBeNull();
      }
      const storiesHere = stories.filter((s) => s.data.places.includes(place.id));
      for (const story of storiesHere) expect(doc.querySelector(`.story-list a[href="${base}stories/${story.slug}/"]`), `${place.id} ∌ ${story.slug}`).not.toBeNull();
    }
  });

  it('show the key figures of a place that has them', () => {
    const doc = page('places/hongqiao');
    const figures = [...doc.querySelectorAll('.key-figures li')].map((li) => text(li.querySelector('.big-numbers__label')));
    expect(figures).toEqual(['红桥区集中供热实供面积', '供热用户实供户数', '区方所说集中供热采用清洁能源的比例']);
    // Each with its caveat and its period.
    expect(text(doc.querySelector('.key-figures .big-numbers__note'))).toContain('报道没有说明');
    expect(text(doc.querySelector('.key-figures .big-numbers__place'))).toContain('2024-2025采暖期');
    expect(text(doc.querySelector('.key-figures .big-numbers__value'))).toBe('1394.97万平方米');
  });

  it('exist for every tag, listing each story tagged with it', () => {
    for (const tag of new Set(stories.flatMap((story) => story.data.tags))) {
      const doc = page(`tags/${tag}`);
      expect(text(doc.querySelector('h1'))).toBe(`#${tag}`);
      const listed = [...doc.querySelectorAll('.story-list a')].map((a) => a.getAttribute('href'));
      expect(listed.sort()).toEqual(stories.filter((s) => s.data.tags.includes(tag)).map((s) => `${base}stories/${s.slug}/`).sort());
    }
  });
});

describe('the heating-bill calculator without JavaScript', () => {
  for (const route of ['calculator', 'stories/shanxi-heating-bills-2022']) {
    it(`answers on ${route} for a default area, with a table of common areas`, () => {
      const doc = page(route);
      const calculator = doc.querySelector('[data-bill-calculator]')!;
      expect(calculator.querySelector('form')?.hasAttribute('hidden')).toBe(true);
      expect(text(calculator.querySelector('noscript'))).toContain('开启 JavaScript 后');
      // 2.52 × 近6 × 90 = 1360.8 within 1238–1371: 约1300 (src/data/precision.ts), and each difference from it 约.
      expect(text(calculator.querySelector('[data-bill-sentence]'))).toMatch(/^按建筑面积90平方米计算，居民用热一个采暖季的暖气费：朔州最便宜，约1300元。/);
      const lines = [...calculator.querySelectorAll('[data-bill-lines] tr')].map((tr) => [...tr.querySelectorAll('[data-field]')].map((cell) => text(cell)));
      expect(lines).toEqual([
        ['朔州', '2.52元/平方米·月 × 近6个月', '约1300元', '最便宜'],
        ['忻州', '3.3元/平方米·月 × 5个月', '1485元', '约200元'],
        ['太原', '3.6元/平方米·月 × 5个月', '1620元', '约300元'],
        ['大同', '3.52元/平方米·月 × 5.5个月', '1742.4元', '约400元'],
      ]);
      const tables = [...calculator.querySelectorAll('.bill-calc__common table')];
      expect(tables.map((table) => text(table.querySelector('caption')))).toEqual([
        '常见面积一季的暖气费居民用热，按建筑面积（平方米）计，单位：元',
        '常见面积一季的暖气费非居民用热，按建筑面积（平方米）计，单位：元',
      ]);
      const residential = [...tables[0]!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => text(cell)));
      expect(residential.map((row) => row[0])).toEqual(['60', '70', '80', '90', '100', '110', '120', '130', '140', '150']);
      expect(residential[0]).toEqual(['60', '1161.6', '990', '1080', '约910']);
      expect(residential[9]).toEqual(['150', '2904', '2475', '2700', '约2200']);
      // The masthead is the desk's inference, and says so.
      expect(text(calculator.querySelector('.chart__meta'))).toContain('朔州日报（推定）');
      expect(text(calculator)).not.toMatch(/NaN|undefined|Infinity/);
    });
  }

  it('is on its own page, linked from the navigation and the hub', () => {
    expect(page('').querySelector(`nav a[href="${base}calculator/"]`)).not.toBeNull();
    expect(page('').querySelector(`#across ~ p a[href="${base}calculator/"]`)).not.toBeNull();
    expect(page('calculator').querySelector(`.story-list a[href="${base}stories/shanxi-heating-bills-2022/"]`)).not.toBeNull();
  });
});

describe('the methods and corrections pages', () => {
  const corrections = parseYaml(readFileSync(path.join(root, 'content/corrections.yaml'), 'utf8')) as { date: string | Date; story?: string; dataset?: string; what: string }[];

  it('are linked from every story, which lists its own corrections with links to them', () => {
    for (const story of stories) {
      const doc = page(`stories/${story.slug}`);
      expect(doc.querySelector(`a[href="${base}methods/"]`), story.slug).not.toBeNull();
      expect(doc.querySelector(`a[href="${base}corrections/"]`), story.slug).not.toBeNull();
      const own = corrections.filter((c) => c.story === story.slug);
      const linked = [...doc.querySelectorAll(`#updates ~ ul a[href^="${base}corrections/#"]`)];
      expect(linked, story.slug).toHaveLength(own.length);
    }
  });

  it('lists every correction, newest first, each with its date, what it corrects and an anchor', () => {
    const doc = page('corrections');
    expect(text(doc.querySelector('h1'))).toBe('更正与说明');
    const items = [...doc.querySelectorAll('ol.corrections > li')];
    expect(items).toHaveLength(corrections.length);
    expect(items.map((li) => text(li.querySelector('p:last-child')))).toEqual([...corrections].reverse().map((c) => c.what));
    for (const li of items) expect(li.getAttribute('id')).toMatch(/^\d{4}-\d{2}-\d{2}-\d+$/);
    for (const [index, c] of [...corrections].reverse().entries()) {
      if (c.story) expect(items[index]!.querySelector(`a[href="${base}stories/${c.story}/"]`), c.what).not.toBeNull();
      if (c.dataset) expect(items[index]!.querySelector(`a[href="${base}data/${c.dataset}/"]`), c.what).not.toBeNull();
    }
  });

  it('explains the qualifiers from the vocabulary the site uses, and works the precision example through', () => {
    const doc = page('methods');
    const words = [...doc.querySelectorAll('#qualifiers ~ div table tbody tr th')].map((th) => text(th));
    expect(words).toEqual(['约', '左右', '近', '余', '多', '以上', '至少', '以内', '以下']);
    expect(text(doc.querySelector('main'))).toContain('用报道数字直接相乘是2797.2元；但“近6个月”可能短到5.5个月，单价和面积也只精确到印出的位数，结果可能在2552元到2810元之间，所以本站写作约2800元');
  });
});
