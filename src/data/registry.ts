import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { editorError } from '../errors/messages.ts';
import { attempt, rethrow, type Report } from '../errors/report.ts';
import { fieldWhere } from '../errors/where.ts';
import { correctionSchema, type Correction } from '../schemas/correction.ts';
import { placeSchema, type Place } from '../schemas/place.ts';
import { sourceSchema, type Source } from '../schemas/source.ts';
import { displayPath } from './content-dir.ts';
import { parseWithSchema } from './schema-errors.ts';
import { parseLocatedYaml } from './yaml.ts';

/** Reads a YAML list of records with ids, checking each against its schema and ids for duplicates. */
function readList<S extends z.ZodType<{ id: string }>>(file: string, schema: S, what: string): { items: z.output<S>[]; lineOf: (index: number, key?: string) => number; shown: string } {
  const shown = displayPath(file);
  if (!existsSync(file)) {
    throw editorError('registry-file-missing', { file: shown }, { what, file: shown });
  }
  const located = parseLocatedYaml(readFileSync(file, 'utf8'), shown);
  if (!Array.isArray(located.value)) {
    throw editorError('yaml-not-a-list', { file: shown, line: 1 }, { found: typeof located.value, what, first: 'id', docs: 'docs/DATASETS.md' });
  }
  const seen = new Map<string, number>();
  const items = located.value.map((_, index) => {
    const item = parseWithSchema(schema, located, shown, { basePath: [index], what: `第${index + 1}条${what}的`, hints: 'registry' });
    if (seen.has(item.id)) {
      throw editorError('id-duplicate', { file: shown, line: located.lineOf([index, 'id']) }, { found: item.id, what, first: seen.get(item.id)! + 1 });
    }
    seen.set(item.id, index);
    return item;
  });
  return { items, lineOf: (index, key) => located.lineOf(key ? [index, key] : [index]), shown };
}

/** content/places.yaml: every place, each with a parent that exists (provinces excepted). */
export function readPlaces(dir: string): Place[] {
  const { items, lineOf, shown } = readList(path.join(dir, 'places.yaml'), placeSchema, '地点');
  const ids = new Set(items.map((place) => place.id));
  items.forEach((place, index) => {
    if (place.parent !== undefined && !ids.has(place.parent)) {
      throw editorError('place-unknown', { file: shown, line: lineOf(index, 'parent'), where: `地点“${place.id}”的 parent` }, { found: place.parent, known: [...ids] });
    }
    if (place.parent === undefined && place.level !== 'province' && place.level !== 'country') {
      throw editorError('place-parent-missing', { file: shown, line: lineOf(index) }, { place: place.id });
    }
  });
  return items;
}

/** content/sources.yaml: every source report, each set in a known place. */
export function readSources(dir: string, placeIds: ReadonlySet<string>): Source[] {
  const { items, lineOf, shown } = readList(path.join(dir, 'sources.yaml'), sourceSchema, '来源');
  items.forEach((source, index) => {
    if (!placeIds.has(source.place)) {
      throw editorError('place-unknown', { file: shown, line: lineOf(index, 'place'), where: `来源“${source.id}”的 place` }, { found: source.place, known: [...placeIds] });
    }
  });
  return items;
}

/**
 * content/corrections.yaml: every correction, oldest first, each naming a story, dataset or place (the place
 * checked here; stories and datasets by the build, which knows them: src/data/corrections.ts, called from src/lib/content.ts). A site without
 * the file has none yet.
 */
export function readCorrections(dir: string, placeIds: ReadonlySet<string>): Correction[] {
  const file = path.join(dir, 'corrections.yaml');
  if (!existsSync(file)) return [];
  const shown = displayPath(file);
  const located = parseLocatedYaml(readFileSync(file, 'utf8'), shown);
  if (located.value === null || located.value === undefined) return [];
  if (!Array.isArray(located.value)) {
    throw editorError('yaml-not-a-list', { file: shown, line: 1 }, { found: typeof located.value, what: '更正', first: 'date', docs: 'docs/WRITING.md 的“更正”' });
  }
  const perDay = new Map<string, number>();
  let previous = '';
  return located.value.map((_, index) => {
    const item = parseWithSchema(correctionSchema, located, shown, { basePath: [index], what: `第${index + 1}条更正的` });
    if (item.date < previous) {
      throw editorError('correction-out-of-order', { file: shown, line: located.lineOf([index, 'date']) }, { found: item.date, previous });
    }
    previous = item.date;
    if (item.place !== undefined && !placeIds.has(item.place)) {
      throw editorError('place-unknown', { file: shown, line: located.lineOf([index, 'place']), where: fieldWhere(['place'], `第${index + 1}条更正的`) }, { found: item.place, known: [...placeIds] });
    }
    const n = (perDay.get(item.date) ?? 0) + 1;
    perDay.set(item.date, n);
    return { ...item, id: `${item.date}-${n}` };
  });
}

/** The ids stories and datasets may refer to. */
export interface Registry {
  places: Place[];
  sources: Source[];
  corrections: Correction[];
  placeIds: ReadonlySet<string>;
  sourceIds: ReadonlySet<string>;
}

/** What came out of each registry file; a file whose mistake was reported is absent. */
export interface RegistryFiles {
  places?: Place[];
  sources?: Source[];
  corrections?: Correction[];
}

/**
 * The three registry files, each checked on its own and its first mistake handed to `report`: places first,
 * since sources and corrections name places (without places.yaml neither is read); a mistake in sources.yaml
 * does not keep corrections.yaml from being checked.
 */
export function readRegistryFiles(dir: string, report: Report): RegistryFiles {
  const places = attempt(report, () => readPlaces(dir));
  if (places === undefined) return {};
  const placeIds = new Set(places.map((place) => place.id));
  const sources = attempt(report, () => readSources(dir, placeIds));
  const corrections = attempt(report, () => readCorrections(dir, placeIds));
  return { places, sources, corrections };
}

export function registryOf(places: Place[], sources: Source[], corrections: Correction[]): Registry {
  return { places, sources, corrections, placeIds: new Set(places.map((place) => place.id)), sourceIds: new Set(sources.map((source) => source.id)) };
}

/** The registries as the build reads them: the first mistake throws. */
export function readRegistry(dir: string): Registry {
  const { places, sources, corrections } = readRegistryFiles(dir, rethrow);
  return registryOf(places!, sources!, corrections!);
}
