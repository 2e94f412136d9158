/**
 * Prints what the share cards and chart downloads cost to build. Benchmarks print; they never assert.
 *
 *   npm run bench:cards            every card and download PNG of the content folder, as the build makes
 *                                  them (src/lib/card-inputs.ts, share-card.ts, standalone-svg.ts, png.ts):
 *                                  per file the time to compose its SVG, to draw its PNG in this thread with no
 *                                  cache (src/lib/png-render.ts, cutting the font where a file brings new
 *                                  characters) and its size; then totals and the median, and the time resvg
 *                                  takes with the whole font instead of a subset, for the first chart
 *   npm run bench:cards -- <dir>   another content folder
 */
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { readStoryFiles } from '../src/data/story-files.ts';
import { readRegistry } from '../src/data/registry.ts';
import { rethrow } from '../src/errors/report.ts';
import { readSiteContent } from '../src/editorial/site-content.ts';
import { chartCard, chartsOfStory, datasetCard, isFigure, siteCard, storyCard, type CardStory, type StoryChart } from '../src/lib/card-inputs.ts';
import { fontFamily, fontFiles } from '../src/lib/fonts.ts';
import { drawPng } from '../src/lib/png-render.ts';
import { cardSvg, type CardInput } from '../src/lib/share-card.ts';
import { standaloneSvg } from '../src/lib/standalone-svg.ts';
import { storyParts } from '../src/lib/story-parts.ts';

const content = path.resolve(process.argv[2] ?? 'content');
const site = readSiteContent(content);
const registry = readRegistry(content);
const stories: CardStory[] = readStoryFiles(path.join(content, 'stories'), registry, rethrow)
  .filter((file) => file.frontmatter && !file.frontmatter.draft)
  .map((file) => ({ id: file.id, data: file.frontmatter! }));
const parts = new Map(stories.map((story) => [story.id, storyParts(path.join(content, 'stories', `${story.id}.mdx`))]));
const charts: StoryChart[] = stories.flatMap((story) => chartsOfStory(story, parts.get(story.id)!.charts, site));

interface Row {
  file: string;
  compose: number;
  render: number;
  bytes: number;
}
const rows: Row[] = [];

async function measureFile(file: string, svg: () => string, zoom = 1): Promise<string> {
  const start = performance.now();
  const text = svg();
  const composed = performance.now();
  const png = await drawPng(text, { zoom });
  rows.push({ file, compose: composed - start, render: performance.now() - composed, bytes: png.length });
  return text;
}

const card = (input: CardInput) => () => cardSvg(input);
const started = performance.now();
await measureFile('cards/site.png', card(siteCard(site)));
for (const story of stories) await measureFile(`cards/stories/${story.id}.png`, card(storyCard(story, charts, site)));
for (const chart of charts) await measureFile(`cards/stories/${chart.story.id}/${chart.id}.png`, card(chartCard(chart, site)));
for (const dataset of site.datasets.values()) await measureFile(`cards/data/${dataset.id}.png`, card(datasetCard(dataset, charts, site)));
const cardCount = rows.length;
let firstSvg: string | undefined;
for (const chart of charts.filter(isFigure)) {
  const svg = await measureFile(`downloads/${chart.story.id}/${chart.id}.png`, () => standaloneSvg(chart.model, { address: `https://example.org/stories/${chart.story.id}/#chart-${chart.id}` }), 2);
  firstSvg ??= svg;
}
const total = performance.now() - started;

const ms = (value: number) => `${value.toFixed(0)} ms`.padStart(8);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`.padStart(9);
console.log(`${'file'.padEnd(100)} compose   render      size`);
for (const row of rows) console.log(`${row.file.padEnd(100)} ${ms(row.compose)} ${ms(row.render)} ${kb(row.bytes)}`);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
const summary = (label: string, list: Row[]) => {
  if (list.length === 0) return;
  const each = list.map((row) => row.compose + row.render);
  console.log(
    `${label.padEnd(22)} ${String(list.length).padStart(3)} files   ${(each.reduce((a, b) => a + b, 0) / 1000).toFixed(2)} s in all   median ${median(each).toFixed(0)} ms   slowest ${Math.max(...each).toFixed(0)} ms   ${(list.reduce((a, r) => a + r.bytes, 0) / 1024).toFixed(0)} KB, median ${(median(list.map((r) => r.bytes)) / 1024).toFixed(1)} KB`,
  );
};
console.log('');
summary('share cards', rows.slice(0, cardCount));
summary('download PNGs (2×)', rows.slice(cardCount));
console.log(`all                    ${(total / 1000).toFixed(2)} s (${stories.length} stories, ${charts.length} charts, ${site.datasets.size} datasets)`);

if (firstSvg) {
  // Why the renderer subsets the font: resvg shapes each text with the whole 10 MB font otherwise.
  const start = performance.now();
  new Resvg(firstSvg, { font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: fontFamily }, fitTo: { mode: 'zoom', value: 2 } }).render().asPng();
  console.log(`first download PNG with the whole font instead of a subset: ${(performance.now() - start).toFixed(0)} ms (subset: ${(rows[cardCount]!.render).toFixed(0)} ms)`);
}
