import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FigureModel } from '../../src/charts/model.ts';
import { textWidth } from '../../src/charts/common/text-width.ts';
import { readSiteContent } from '../../src/editorial/site-content.ts';
import { chartCard, chartsOfStory, datasetCard, isFigure, siteCard, storyCard, type CardStory } from '../../src/lib/card-inputs.ts';
import { numbersCsv, tableCsv } from '../../src/lib/chart-csv.ts';
import { chartTheme, readTheme, themed } from '../../src/lib/chart-theme.ts';
import { fontFiles, measure, wrap } from '../../src/lib/fonts.ts';
import { cutCharacters, removeCuts } from '../../src/lib/png-render.ts';
import { drawPng, pngCacheDir, pngKey, pngSize, prunePngCache, renderPng } from '../../src/lib/png.ts';
import { cardSize, cardSvg } from '../../src/lib/share-card.ts';
import { fileStyle, standaloneSvg } from '../../src/lib/standalone-svg.ts';
import { storyParts } from '../../src/lib/story-parts.ts';
import { expectGolden } from '../support/golden.ts';

/** The fixture site's one story (test/fixtures/base/): a bar chart of a two-city price table. */
const fixture = path.resolve('test/fixtures/base/content');
const site = readSiteContent(fixture);
const story: CardStory = {
  id: 'prices',
  data: { title: '测试报道 <i>标题</i> & 说明', dek: '用于测试站点构建的一篇报道。', places: ['shuozhou'], sources: ['test-report'], season: '2022-2023' },
};
const charts = chartsOfStory(story, storyParts(path.join(fixture, 'stories/prices.mdx')).charts, site);
const figure = charts.find(isFigure)!.model;
const address = 'https://example.org/hsd/stories/prices/#chart-bar-prices';

/** The real site's content, for what only a real story shows (legends, panels, key figures). */
const real = readSiteContent(path.resolve('content'));
const realCharts = ['shuozhou-chp-air-quality-2022', 'baotou-season-2025-2026', 'hongqiao-first-heating-day-2024'].flatMap((id) => {
  const parts = storyParts(path.resolve(`content/stories/${id}.mdx`));
  return chartsOfStory({ id, data: { title: id, dek: id, places: [], sources: [] } }, parts.charts, real);
});

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('the light theme, read from the stylesheets', () => {
  it('resolves every chart colour to a concrete value, no var() left', () => {
    const theme = chartTheme();
    expect(theme.properties.get('--chart-bar')).toBe('#4f6d8f');
    expect(theme.text).toBe('#1d1b19');
    expect(theme.background).toBe('#fdfcfa');
    for (const value of theme.properties.values()) expect(value).not.toMatch(/var\(/);
  });

  it('takes the light values, not the dark ones, and nested references', () => {
    const theme = readTheme([':root { --bg: #fff; --a: var(--b); --b: #123; --chart-text: #111; --muted: #555; --accent: #f00; --rule: #ccc } @media (prefers-color-scheme: dark) { :root { --bg: #000 } }']);
    expect(theme.background).toBe('#fff');
    expect(theme.properties.get('--a')).toBe('#123');
    expect(themed('var(--a)', theme)).toBe('#123');
    expect(themed('currentColor', theme)).toBe('#111');
    expect(() => themed('var(--nope)', theme)).toThrow(/var\(--nope\) is not a custom property/);
  });

  it("carries charts.css's rules for a drawing into a file, and refuses a new property on the drawing", () => {
    expect(fileStyle(chartTheme())).toBe('text{white-space:pre}.hsd-tabular-nums{font-variant-numeric:tabular-nums}');
    const base = ':root { --bg: #fff; --chart-text: #111; --muted: #555; --accent: #f00; --rule: #ccc }';
    expect(() => fileStyle(readTheme([`${base} .chart__drawing svg { opacity: 0.5 }`]))).toThrow(/"opacity"/);
    // State the enhancer adds is no part of a file.
    expect(fileStyle(readTheme([`${base} .chart__drawing svg .is-active { stroke: red } .chart__drawing svg:focus-visible { outline: 0 }`]))).toBe('');
  });
});

describe('fonts: the packaged Noto Sans SC, measured by its own glyphs', () => {
  it('loads font files from node_modules only', () => {
    for (const file of fontFiles()) expect(path.relative(process.cwd(), file)).toMatch(/^node_modules\/@expo-google-fonts\/noto-sans-sc\/.*\.ttf$/);
  });

  it('measures a Chinese character at 1 em and digits narrower than the chart estimate', () => {
    expect(measure('供热季数据台', 20)).toBe(120);
    expect(measure('2025', 20)).toBeCloseTo(4 * 0.555 * 20, 5);
    expect(measure('2025', 20)).toBeLessThan(textWidth('2025', 20));
    expect(measure('2025', 20, 700)).toBeGreaterThan(measure('2025', 20, 400));
  });

  it('wraps by real widths, keeps punctuation with its character and ends a cut line in …', () => {
    // 21 characters at 48 px are 1008 px: one line in the card's 1072 px.
    expect(wrap('包头2025-2026采暖期收官：三项比率全是', 1072, 48, { weight: 700 })).toHaveLength(1);
    const lines = wrap('二氧化硫浓度在下降，但三个点的来历各不相同', 200, 20);
    expect(lines.every((line) => measure(line, 20) <= 200)).toBe(true);
    expect(lines.some((line) => line.startsWith('，'))).toBe(false);
    const cut = wrap('二氧化硫浓度在下降，但三个点的来历各不相同', 200, 20, { maxLines: 1 });
    expect(cut).toHaveLength(1);
    expect(cut[0]).toMatch(/…$/);
    expect(measure(cut[0]!, 20)).toBeLessThanOrEqual(200);
  });
});

describe('standalone SVG', () => {
  const svg = standaloneSvg(figure, { address });

  it('is the golden file', () => {
    expectGolden('standalone-bar-prices', svg);
  });

  it('needs no stylesheet: no var(), no currentColor, no class the file does not style; the font is named', () => {
    expect(svg).not.toMatch(/var\(|currentColor/);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+" viewBox="0 0 \d+ \d+" font-family="'Noto Sans SC', /);
    expect(svg).toContain(`fill="${chartTheme().background}"`);
    expect(svg).toContain('<style>text{white-space:pre}');
  });

  it('sets the title, unit, source, dataset and address as text', () => {
    for (const text of [figure.title, `单位：${figure.unit}`, `数据来源：${figure.sources[0]!.label}`, `数据集：${figure.dataset.title}`, `供热季数据台 ${address}`]) {
      expect(svg).toContain(`>${text}<`);
    }
  });

  it('draws the wide layout of the page’s drawing, and names it by its title and summary', () => {
    expect(svg).toContain(`<title id="file-title">${figure.title}</title>`);
    expect(svg).toContain(`<desc id="file-desc">${figure.summary}</desc>`);
    const width = Number(/width="(\d+)"/.exec(svg)![1]);
    expect(width).toBe(640 + 48);
  });

  it('is XML resvg reads, and escapes what an editor writes', () => {
    expect(() => new Resvg(svg, { font: { loadSystemFonts: false } })).not.toThrow();
    const card = cardSvg(storyCard(story, charts, site));
    expect(card).toContain('测试报道 &lt;i&gt;标题&lt;/i&gt; &amp; 说明');
    expect(() => new Resvg(card, { font: { loadSystemFonts: false } })).not.toThrow();
  });

  it('shows a legend and small multiples’ panels, each under its heading', () => {
    const multiples = realCharts.find((chart) => chart.id === 'small-multiples-shuozhou-heating-coverage-2022')!;
    const panels = standaloneSvg(multiples.model as FigureModel);
    for (const panel of (multiples.model as FigureModel).panels) expect(panels).toContain(`>${panel.title}<`);
    const progress = realCharts.find((chart) => chart.id === 'progress-hongqiao-heating-renovation-2024')!;
    const legend = standaloneSvg(progress.model as FigureModel);
    for (const item of (progress.model as FigureModel).legend!) expect(legend).toContain(`>${item.label}<`);
  });
});

describe('chart CSV', () => {
  it('is the chart’s own table: its header, its rows, each cell as the table shows it', () => {
    expect(tableCsv(figure.table)).toBe('\uFEFF城市,居民价格\n大同,3.52元/平方米·月\n朔州,2.52元/平方米·月\n');
  });

  it('keeps qualifiers and the rounding of computed figures, leaves a missing cell empty, and quotes what needs it', () => {
    const table = {
      columns: [{ label: '项目', numeric: false }, { label: '已改造', numeric: true }, { label: '完成比例', numeric: true }],
      rows: [
        [{ text: '二期, 北区' }, { text: '3400多户', value: 3400 }, { text: '约40.8%', value: 40.82248632333522 }],
        [{ text: '一期' }, { text: '—', value: null }, { text: '—', value: null }],
      ],
    };
    expect(tableCsv(table)).toBe('\uFEFF项目,已改造,完成比例\n"二期, 北区",3400多户,约40.8%\n一期,,\n');
  });

  it('writes key figures with their period, dataset and sources', () => {
    const numbers = realCharts.find((chart) => chart.view === 'big-numbers' && chart.story.id === 'baotou-season-2025-2026')!;
    const csv = numbersCsv(numbers.model as never);
    const [header, first] = csv.slice(1).split('\n');
    expect(header).toBe('指标,数值,对比,时期,数据集,数据来源');
    expect(first).toMatch(/^抢修及时率,100%,,2025-2026采暖期,/);
  });
});

// The drawn PNGs' cache (src/lib/png.ts) in a folder of this file's own, not the project's.
const cache = mkdtempSync(path.join(tmpdir(), 'hsd-png-test-'));
const cacheBefore = process.env.HSD_CACHE_DIR;
beforeAll(() => {
  process.env.HSD_CACHE_DIR = cache;
});
afterAll(() => {
  // The font cuts this file's drawing wrote (the only file whose tests draw in a test process).
  removeCuts();
  if (cacheBefore === undefined) delete process.env.HSD_CACHE_DIR;
  else process.env.HSD_CACHE_DIR = cacheBefore;
  rmSync(cache, { recursive: true, force: true });
});

describe('PNG', () => {
  const svg = standaloneSvg(figure, { address });

  it('is the same bytes on every render, and the golden hash', async () => {
    const [first, second] = [await drawPng(svg, { zoom: 2 }), await drawPng(svg, { zoom: 2 })];
    expect(first.equals(second)).toBe(true);
    // The packaged font and resvg are pinned: this hash changes only when one of them, the chart or the file's layout does.
    expect(sha(first)).toBe('4bf37d198bc84174d901b55bf4c7de78f8af559ee5cdd38764abb6a5775cab9b');
    // What pages get (drawn by a worker thread, then kept in the cache) is the same bytes.
    expect(sha(await renderPng(svg, { zoom: 2 }))).toBe(sha(first));
  });

  it('is drawn once and then read from the cache, under the hash of the SVG and the zoom', async () => {
    const text = svg.replace('</svg>', '<rect width="1" height="1" fill="#000"/></svg>');
    const key = pngKey(text, { zoom: 2 });
    expect(key).not.toBe(pngKey(text));
    expect(key).not.toBe(pngKey(svg, { zoom: 2 }));
    const file = path.join(pngCacheDir(), key.slice(0, 2), `${key}.png`);
    expect(pngCacheDir().startsWith(cache)).toBe(true);
    expect(existsSync(file)).toBe(false);
    const drawn = await renderPng(text, { zoom: 2 });
    expect(readFileSync(file).equals(drawn)).toBe(true);
    // A cached file is what a page gets: here a marked copy of it, to see that it is read and not drawn again.
    const marked = Buffer.concat([drawn.subarray(0, 33), Buffer.from([0, 0, 0, 0, 0x74, 0x45, 0x58, 0x74, 0, 0, 0, 0]), drawn.subarray(33)]);
    writeFileSync(file, marked);
    expect((await renderPng(text, { zoom: 2 })).equals(marked)).toBe(true);
    // A file cut short (a build stopped while writing it) is drawn again and replaced.
    writeFileSync(file, drawn.subarray(0, 100));
    expect((await renderPng(text, { zoom: 2 })).equals(drawn)).toBe(true);
    expect(readFileSync(file).equals(drawn)).toBe(true);
  });

  it('leaves the cache when a build has not used it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hsd-prune-'));
    try {
      const used = path.join(dir, 'aa', 'used.png');
      const unused = path.join(dir, 'bb', 'unused.png');
      for (const file of [used, unused]) {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, 'png');
        utimesSync(file, new Date('2026-01-01'), new Date('2026-01-01'));
      }
      const start = new Date('2026-06-01');
      utimesSync(used, new Date('2026-06-02'), new Date('2026-06-02'));
      expect(prunePngCache(start, dir)).toBe(1);
      expect(readdirSync(path.join(dir, 'aa'))).toEqual(['used.png']);
      expect(readdirSync(path.join(dir, 'bb'))).toEqual([]);
      expect(prunePngCache(start, path.join(dir, 'missing'))).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is drawn at 2× the SVG’s size', async () => {
    const width = Number(/width="(\d+)"/.exec(svg)![1]);
    const height = Number(/height="(\d+)"/.exec(svg)![1]);
    expect(pngSize(await renderPng(svg, { zoom: 2 }))).toEqual({ width: width * 2, height: height * 2 });
  });

  it('draws the glyphs from the packaged font, and from no other', async () => {
    const text = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><rect width="200" height="40" fill="#fff"/><text x="4" y="28" font-size="20" font-family="Noto Sans SC">供热季数据台 2025</text></svg>';
    const blank = text.replace(/<text.*<\/text>/, '');
    const drawn = await drawPng(text);
    expect(drawn.equals(await renderPng(blank))).toBe(false);
    expect((await renderPng(text)).equals(drawn)).toBe(true);
    // Without the package's font files resvg draws nothing for the text: what is drawn comes from them alone.
    const noFonts = new Resvg(text, { font: { loadSystemFonts: false, fontFiles: [] } }).render().asPng();
    expect(noFonts.equals(await renderPng(blank))).toBe(true);
    // The subset the renderer cuts draws exactly what the whole font draws, and so does a larger cut, made
    // when a file with more characters is drawn.
    const whole = new Resvg(text, { font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: 'Noto Sans SC' } }).render().asPng();
    expect(whole.equals(drawn)).toBe(true);
    const before = cutCharacters();
    await drawPng(cardSvg(storyCard(story, charts, site)));
    expect(cutCharacters()).toBeGreaterThan(before);
    expect((await drawPng(text)).equals(drawn)).toBe(true);
  });
});

describe('share cards', () => {
  it('are 1200×630', async () => {
    const svg = cardSvg(storyCard(story, charts, site));
    expect(svg).toMatch(/^<svg [^>]*width="1200" height="630" viewBox="0 0 1200 630"/);
    expect(pngSize(await renderPng(svg))).toEqual(cardSize);
  });

  it('show a story’s headline, places and period, and its lead chart: its first figure drawn with Plot', () => {
    const input = storyCard(story, charts, site);
    expect(input).toMatchObject({ kind: 'story', headline: story.data.title, meta: '朔州市·2022-2023采暖期', figure });
    const svg = cardSvg(input);
    expect(svg).toContain('>供热季数据台·报道<');
    expect(svg).toContain(`>${figure.title}<`);
  });

  it('fall back to a story’s key figures, then to its dek', () => {
    const numbers = realCharts.filter((chart) => chart.view === 'big-numbers' && chart.story.id === 'hongqiao-first-heating-day-2024');
    const noFigure = storyCard(numbers[0]!.story, numbers, real);
    expect(noFigure.figure).toBeUndefined();
    expect(noFigure.numbers!.length).toBeGreaterThan(0);
    expect(cardSvg(noFigure)).toContain(`>${noFigure.numbers![0]!.number}<`);
    const nothing = storyCard(story, [], site);
    expect(nothing).toMatchObject({ figure: undefined, numbers: undefined, text: story.data.dek });
    expect(cardSvg(nothing)).toContain(`>${story.data.dek}<`);
  });

  it('give a chart its own card, a dataset the first chart that draws it or its first figures, and the site its chart across places', () => {
    expect(chartCard(charts[0]!, site)).toMatchObject({ kind: 'chart', headline: figure.title, figure });
    expect(datasetCard(site.datasets.get('prices')!, charts, site)).toMatchObject({ kind: 'dataset', figure });
    const alone = datasetCard(site.datasets.get('prices')!, [], site);
    expect(alone.figure).toBeUndefined();
    expect(alone.numbers!.map((n) => `${n.number}${n.unit}`)).toEqual(['3.52元/平方米·月', '2.52元/平方米·月']);
    expect(siteCard(real).figure?.title).toBeDefined();
    expect(siteCard(site).figure).toBeUndefined();
  });

  it('wrap a two-line headline into lines of even length', () => {
    const long = { ...story, data: { ...story.data, title: '包头2025-2026采暖期收官：热力集团三项比率全是100%，却没有往季数字可对照' } };
    const svg = cardSvg(storyCard(long, [], site));
    const lines = [...svg.matchAll(/font-size="48" font-weight="700" fill="[^"]+">([^<]+)</g)].map((m) => m[1]!);
    expect(lines).toHaveLength(2);
    expect(Math.abs(measure(lines[0]!, 48, 700) - measure(lines[1]!, 48, 700))).toBeLessThan(48 * 3);
  });
});
