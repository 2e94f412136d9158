import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { storyElements } from '../../src/check/mdx.ts';
import type { Dataset } from '../../src/data/dataset.ts';
import { readRegistry } from '../../src/data/registry.ts';
import type { SiteContent } from '../../src/data/site.ts';
import { readStoryFiles } from '../../src/data/story-files.ts';
import { readSiteContent } from '../../src/editorial/site-content.ts';
import { rethrow } from '../../src/errors/report.ts';
import { indexSite, type IndexedStory, type SiteIndexes } from '../../src/lib/indexes.ts';
import { storyParts } from '../../src/lib/story-parts.ts';
import type { Correction } from '../../src/schemas/correction.ts';
import type { StoryFrontmatter } from '../../src/schemas/story.ts';
import { makeSite } from '../../scripts/bench-scale.ts';

/**
 * The build-wide indexes (src/lib/indexes.ts, read by every page through src/lib/site-index.ts) against a
 * brute-force scan: every story and dataset looked at for every question, as the pages did before the index.
 */
type TestStory = IndexedStory & { data: StoryFrontmatter; filePath: string };

interface Site {
  stories: TestStory[];
  content: SiteContent;
  corrections: Correction[];
}

/** A content folder read as the build reads it: its published stories newest first, as publishedStories() gives them. */
function readSite(dir: string): Site {
  const registry = readRegistry(dir);
  const stories = readStoryFiles(path.join(dir, 'stories'), registry, rethrow)
    .filter((story) => !story.frontmatter!.draft)
    .map((story) => ({ id: story.id, data: story.frontmatter!, filePath: story.path }))
    .sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
  return { stories, content: readSiteContent(dir), corrections: registry.corrections };
}

/**
 * Every `dataset` a story's components name anywhere in their props, found by walking every prop of every element;
 * an alias of the story's frontmatter `data:` stands for its dataset.
 */
function datasetsNamed(story: TestStory): Set<string> {
  const found = new Set<string>();
  const aliases = new Map(Object.entries(story.data.data ?? {}));
  const walk = (value: unknown, key?: string): void => {
    if (key === 'dataset' && typeof value === 'string') found.add(aliases.get(value) ?? value);
    else if (Array.isArray(value)) value.forEach((item) => walk(item));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  for (const element of storyElements(story.filePath, readFileSync(story.filePath, 'utf8'))) walk(element.props);
  return found;
}

/** The places within a place, as its page found them before the index: grow the set until no place's parent is in it. */
function placesWithin(content: SiteContent, id: string): Set<string> {
  const inside = new Set([id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of content.places.values()) if (p.parent && inside.has(p.parent) && !inside.has(p.id)) inside.add(p.id), (grew = true);
  }
  return inside;
}

/** Related stories as the story page computed them before the index, scoring every other story. */
function relatedByScan<S extends IndexedStory>(story: S, stories: readonly S[], limit = 4): S[] {
  const others = stories.filter((other) => other.id !== story.id);
  const named = story.data.related.flatMap((id) => others.filter((other) => other.id === id));
  const score = (other: S) =>
    2 * other.data.places.filter((id) => story.data.places.includes(id)).length + other.data.tags.filter((tag) => story.data.tags.includes(tag)).length;
  const found = others
    .filter((other) => !named.includes(other) && score(other) > 0)
    .map((other, order) => ({ other, order, score: score(other) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ other }) => other);
  return [...named, ...found].slice(0, limit);
}

const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);

/** Every index of `index` against the brute-force scan of `site`. */
function expectAgreement(site: Site, index: SiteIndexes<TestStory>): void {
  const { stories, content } = site;
  expect(ids(index.stories)).toEqual(ids(stories));
  const named = new Map(stories.map((story) => [story.id, datasetsNamed(story)]));
  for (const story of stories) {
    const entry = index.story(story.id)!;
    expect(entry.story).toBe(story);
    expect(new Set(entry.datasets), story.id).toEqual(named.get(story.id));
    // What the pages read before (every `dataset="…"` of the MDX, an alias standing for its dataset) is there too.
    const aliases = new Map(Object.entries(story.data.data ?? {}));
    const written = [...readFileSync(story.filePath, 'utf8').matchAll(/\bdataset="([^"]+)"/g)].map((m) => aliases.get(m[1]!) ?? m[1]!);
    expect(entry.datasets).toEqual(expect.arrayContaining(written));
    expect(ids(index.related(story.id)), story.id).toEqual(ids(relatedByScan(story, stories)));
    expect(index.corrections(story.id)).toEqual(site.corrections.filter((c) => c.story === story.id).reverse());
  }
  const datasetIds = new Set([...content.datasets.keys(), ...[...named.values()].flatMap((set) => [...set])]);
  for (const id of datasetIds) expect(ids(index.storiesReading(id)), id).toEqual(ids(stories.filter((story) => named.get(story.id)!.has(id))));
  for (const place of content.places.values()) {
    const within = placesWithin(content, place.id);
    expect(ids(index.storiesAbout(place.id)), place.id).toEqual(ids(stories.filter((story) => story.data.places.some((id) => within.has(id)))));
    expect(ids(index.storiesNaming(place.id)), place.id).toEqual(ids(stories.filter((story) => story.data.places.includes(place.id))));
    expect(ids(index.datasetsAbout(place.id)), place.id).toEqual(ids([...content.datasets.values()].filter((d) => d.meta.places.some((id) => within.has(id)))));
    expect(ids(index.placesWithin(place.id)), place.id).toEqual(ids([...content.places.values()].filter((p) => within.has(p.id))));
    expect(ids(index.children(place.id)), place.id).toEqual(ids([...content.places.values()].filter((p) => p.parent === place.id)));
  }
  for (const source of content.sources.keys()) {
    expect(ids(index.datasetsFrom(source)), source).toEqual(ids([...content.datasets.values()].filter((d) => d.meta.sources.includes(source))));
  }
  const tags = [...new Set(stories.flatMap((story) => story.data.tags))];
  expect(index.tags).toEqual(tags);
  for (const tag of tags) expect(ids(index.storiesTagged(tag)), tag).toEqual(ids(stories.filter((story) => story.data.tags.includes(tag))));
}

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the site index', () => {
  it('agrees with a scan of every story and dataset on the real content', () => {
    const site = readSite(path.resolve(import.meta.dirname, '../../content'));
    expect(site.stories.length).toBeGreaterThan(1);
    const index = indexSite(site.stories, site.content, site.corrections);
    expectAgreement(site, index);
    // Not vacuous: the real content has stories on datasets, places within places, tags shared, and corrections.
    expect([...site.content.datasets.keys()].some((id) => index.storiesReading(id).length > 1)).toBe(true);
    expect([...site.content.places.values()].some((p) => index.storiesAbout(p.id).length > index.storiesNaming(p.id).length)).toBe(true);
    expect(site.stories.some((story) => index.related(story.id).length === 4)).toBe(true);
    expect(site.stories.some((story) => index.corrections(story.id).length > 0)).toBe(true);
  });

  it('agrees on the benchmark site: the real content three times, where copies tie on everything they share', () => {
    const made3 = makeSite(3);
    made.push(made3.dir);
    const site = readSite(made3.content);
    expect(site.stories).toHaveLength(made3.stories);
    expectAgreement(site, indexSite(site.stories, site.content, site.corrections));
  });

  it("reads a story's datasets from its components, those named inside `items` included", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hsd-index-'));
    made.push(dir);
    const file = path.join(dir, 'items.mdx');
    writeFileSync(
      file,
      [
        '---',
        'title: 只在 items 里点名的数据集',
        '---',
        '',
        '<BigNumbers items={[{ dataset: "in-items", row: "a", column: "value" }, { dataset: "also-in-items", row: "b", column: "value" }]} />',
        '',
        '<BarChart dataset="written" label="place" value="value" annotations={[{ x: { dataset: "in-annotation", row: "a", column: "value" }, label: "线" }]} />',
        '',
      ].join('\n'),
    );
    expect(storyParts(file).datasets).toEqual(['in-items', 'also-in-items', 'written', 'in-annotation']);
    const story = { id: 'items', data: { places: ['p'], tags: [], related: [] }, filePath: file };
    const content: SiteContent = { datasets: new Map(), places: new Map(), sources: new Map() };
    const index = indexSite([story], content, []);
    expect(ids(index.storiesReading('in-items'))).toEqual(['items']);
    expect(ids(index.storiesReading('in-annotation'))).toEqual(['items']);
  });

  it('finds related stories as a scan of every story does, on random stories with ties, repeats and dangling names', () => {
    // A fixed pseudo-random sequence, so a failure can be run again.
    let seed = 20261202;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = <T,>(list: readonly T[], most: number) => Array.from({ length: Math.floor(random() * (most + 1)) }, () => list[Math.floor(random() * list.length)]!);
    const placeIds = ['a', 'b', 'c', 'd', 'e', 'f'];
    const tagIds = ['t1', 't2', 't3', 't4', 't5'];
    const stories = Array.from({ length: 300 }, (_, i) => ({
      id: `s${i}`,
      data: { places: [placeIds[i % placeIds.length]!, ...pick(placeIds, 2)], tags: pick(tagIds, 3), related: pick([`s${(i * 7) % 300}`, `s${i}`, 'draft-or-missing'], 2) },
    }));
    const empty = () => ({ elements: [], charts: [], datasets: [] });
    const content: SiteContent = { datasets: new Map<string, Dataset>(), places: new Map(), sources: new Map() };
    const index = indexSite(stories, content, [], empty);
    for (const story of stories) {
      for (const limit of [1, 2, 4, 7]) expect(ids(index.related(story.id, limit)), `${story.id} ${limit}`).toEqual(ids(relatedByScan(story, stories, limit)));
    }
  });
});
