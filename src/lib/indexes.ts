import type { Dataset } from '../data/dataset.ts';
import type { SiteContent } from '../data/site.ts';
import type { Correction } from '../schemas/correction.ts';
import type { Place } from '../schemas/place.ts';
import type { StoryFrontmatter } from '../schemas/story.ts';
import { storyParts, type StoryParts } from './story-parts.ts';

/**
 * The build-wide indexes of src/lib/site-index.ts, built by a pure function so that tests and scripts build
 * them as the build does: from the published stories (newest first), the site's content and the corrections.
 * Every lookup a page makes costs what its answer holds, whatever the size of the site: a dataset page asks
 * which stories read its dataset, not every story what it reads.
 */
export interface IndexedStory {
  id: string;
  data: Pick<StoryFrontmatter, 'places' | 'tags' | 'related'>;
  filePath?: string;
}

export interface StoryIndexEntry<S extends IndexedStory = IndexedStory> extends StoryParts {
  story: S;
}

export interface SiteIndexes<S extends IndexedStory = IndexedStory> {
  /** Published stories, newest first. */
  stories: S[];
  /** A published story's entry (its components, charts and the datasets it reads), by its id. */
  story(id: string): StoryIndexEntry<S> | undefined;
  /** Published stories that read a dataset (any of their components names it), newest first. */
  storiesReading(datasetId: string): S[];
  /** Published stories about a place or a place within it, newest first. */
  storiesAbout(placeId: string): S[];
  /** Published stories that name the place itself in `places`, newest first. */
  storiesNaming(placeId: string): S[];
  /** Datasets about a place or a place within it, in the datasets' order. */
  datasetsAbout(placeId: string): Dataset[];
  /** Datasets that name a source, in the datasets' order. */
  datasetsFrom(sourceId: string): Dataset[];
  /** The places whose parent is this one, in content/places.yaml's order. */
  children(placeId: string): Place[];
  /** The place and every place within it, in content/places.yaml's order. */
  placesWithin(placeId: string): Place[];
  /** Every tag of a published story, in the order the newest stories first name them. */
  tags: string[];
  /** Published stories with a tag, newest first. */
  storiesTagged(tag: string): S[];
  /**
   * Stories to read next: those the story names in `related`, then others by what they share (a place counts
   * twice, a tag once), newest first among equals; at most `limit`.
   */
  related(storyId: string, limit?: number): S[];
  /** A story's corrections, newest first (for its 更新记录). */
  corrections(storyId: string): Correction[];
}

const none: never[] = [];

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexSite<S extends IndexedStory>(stories: readonly S[], content: SiteContent, corrections: readonly Correction[], parts: (story: S) => StoryParts = (story) => storyParts(story.filePath!)): SiteIndexes<S> {
  const { places, datasets } = content;
  // A place and the places above it: what a story or dataset about it is also about.
  const upFrom = (id: string): string[] => {
    const chain: string[] = [];
    for (let at: string | undefined = id; at !== undefined && !chain.includes(at); at = places.get(at)?.parent) chain.push(at);
    return chain;
  };
  const entries = new Map<string, StoryIndexEntry<S>>();
  const position = new Map<string, number>();
  const reading = new Map<string, S[]>();
  const about = new Map<string, S[]>();
  const naming = new Map<string, S[]>();
  const tagged = new Map<string, S[]>();
  // For related stories: each place's and each tag's stories by position, once per mention (a story that names
  // a place twice shares it twice, as the score counts it).
  const placeMentions = new Map<string, Mentions>();
  const tagMentions = new Map<string, Mentions>();
  stories.forEach((story, index) => {
    const entry = { story, ...parts(story) };
    entries.set(story.id, entry);
    position.set(story.id, index);
    for (const id of entry.datasets) push(reading, id, story);
    const above = new Set(story.data.places.flatMap(upFrom));
    for (const id of above) push(about, id, story);
    for (const id of new Set(story.data.places)) push(naming, id, story);
    for (const tag of new Set(story.data.tags)) push(tagged, tag, story);
    for (const id of story.data.places) mention(placeMentions, id, index);
    for (const tag of story.data.tags) mention(tagMentions, tag, index);
  });
  const placeDatasets = new Map<string, Dataset[]>();
  for (const dataset of datasets.values()) for (const id of new Set(dataset.meta.places.flatMap(upFrom))) push(placeDatasets, id, dataset);
  const fromSource = new Map<string, Dataset[]>();
  for (const dataset of datasets.values()) for (const id of new Set(dataset.meta.sources)) push(fromSource, id, dataset);
  const childrenOf = new Map<string, Place[]>();
  const within = new Map<string, Place[]>();
  for (const place of places.values()) {
    if (place.parent) push(childrenOf, place.parent, place);
    for (const id of upFrom(place.id)) push(within, id, place);
  }
  const correctionsOf = new Map<string, Correction[]>();
  for (const correction of corrections) if (correction.story !== undefined) push(correctionsOf, correction.story, correction);
  for (const list of correctionsOf.values()) list.reverse();

  const related = (storyId: string, limit = 4): S[] => {
    const entry = entries.get(storyId);
    if (!entry) return [];
    const { story } = entry;
    const named = story.data.related.flatMap((id) => (id !== story.id && entries.has(id) ? [entries.get(id)!.story] : []));
    const need = limit - named.length;
    if (need <= 0) return named.slice(0, limit);
    const skip = new Set([position.get(story.id)!, ...named.map((s) => position.get(s.id)!)]);
    const walk = (mentions: Mentions | undefined, weight: number): Walk => ({ items: mentions?.items ?? none, most: mentions?.most ?? 0, weight, at: 0 });
    const lists = [...[...new Set(story.data.places)].map((id) => walk(placeMentions.get(id), 2)), ...[...new Set(story.data.tags)].map((tag) => walk(tagMentions.get(tag), 1))];
    return [...named, ...bestShared(lists, need, skip).map((i) => stories[i]!)];
  };

  return {
    stories: [...stories],
    story: (id) => entries.get(id),
    storiesReading: (id) => reading.get(id) ?? none,
    storiesAbout: (id) => about.get(id) ?? none,
    storiesNaming: (id) => naming.get(id) ?? none,
    datasetsAbout: (id) => placeDatasets.get(id) ?? none,
    datasetsFrom: (id) => fromSource.get(id) ?? none,
    children: (id) => childrenOf.get(id) ?? none,
    placesWithin: (id) => within.get(id) ?? none,
    tags: [...tagged.keys()],
    storiesTagged: (tag) => tagged.get(tag) ?? none,
    related,
    corrections: (id) => correctionsOf.get(id) ?? none,
  };
}

/** The stories that name one place or tag, by position (newest first), a position once per mention. */
interface Mentions {
  items: number[];
  /** The most times one story stands in `items` (1 unless a story names a place or tag twice). */
  most: number;
  /** How many times the last story stands at the end of `items`. */
  run: number;
}

function mention(map: Map<string, Mentions>, key: string, index: number): void {
  let mentions = map.get(key);
  if (!mentions) map.set(key, (mentions = { items: [], most: 0, run: 0 }));
  mentions.run = mentions.items.at(-1) === index ? mentions.run + 1 : 1;
  mentions.most = Math.max(mentions.most, mentions.run);
  mentions.items.push(index);
}

/** One list of mentions as bestShared() walks it. */
interface Walk {
  items: readonly number[];
  most: number;
  weight: number;
  /** How far the walk has read. */
  at: number;
}

/**
 * The `need` stories with the highest score, the earlier (newer) first among equals, and a score above 0; a
 * story's score the sum of the weights of the lists it stands in. All lists are in one order, so they are
 * walked together, one story at a time; the walk stops once no story still to come could score above those kept
 * (each list still holding stories adds at most its weight, times the most mentions of one story in it).
 */
function bestShared(lists: Walk[], need: number, skip: ReadonlySet<number>): number[] {
  const kept: { index: number; score: number }[] = [];
  for (;;) {
    let bound = 0;
    let next = Infinity;
    for (const list of lists) {
      if (list.at < list.items.length) {
        bound += list.weight * list.most;
        next = Math.min(next, list.items[list.at]!);
      }
    }
    if (next === Infinity || (kept.length === need && kept[need - 1]!.score >= bound)) break;
    let score = 0;
    for (const list of lists) while (list.items[list.at] === next) (score += list.weight), list.at++;
    if (skip.has(next)) continue;
    if (kept.length === need && score <= kept[need - 1]!.score) continue;
    let at = kept.length;
    while (at > 0 && kept[at - 1]!.score < score) at--;
    kept.splice(at, 0, { index: next, score });
    if (kept.length > need) kept.pop();
  }
  return kept.map((k) => k.index);
}
