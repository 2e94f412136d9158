import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { EditorError } from '../errors/editor-error.ts';
import { correctionSchema, type Correction } from '../schemas/correction.ts';
import { placeSchema, type Place } from '../schemas/place.ts';
import { sourceSchema, type Source } from '../schemas/source.ts';
import { displayPath } from './content-dir.ts';
import { parseWithSchema } from './schema-errors.ts';
import { parseLocatedYaml } from './yaml.ts';

const idHint = '只用小写字母、数字和连字符，如 baotou-season-end-2026。';

/** Reads a YAML list of records with ids, checking each against its schema and ids for duplicates. */
function readList<S extends z.ZodType<{ id: string }>>(file: string, schema: S, what: string): { items: z.output<S>[]; lineOf: (index: number, key?: string) => number; shown: string } {
  const shown = displayPath(file);
  if (!existsSync(file)) {
    throw new EditorError({ file: shown, expected: `${what}列表文件`, fix: `创建 ${shown}（格式见 docs/DATASETS.md）。` });
  }
  const located = parseLocatedYaml(readFileSync(file, 'utf8'), shown);
  if (!Array.isArray(located.value)) {
    throw new EditorError({ file: shown, line: 1, found: typeof located.value, expected: `以“- id: …”开头的${what}列表`, fix: '每一条以“- ”开头，字段缩进两格。' });
  }
  const seen = new Map<string, number>();
  const items = located.value.map((_, index) => {
    const item = parseWithSchema(schema, located, shown, { basePath: [index], what: `第${index + 1}条${what}的`, hints: { id: idHint } });
    if (seen.has(item.id)) {
      throw new EditorError({ file: shown, line: located.lineOf([index, 'id']), where: `${what} id`, found: item.id, expected: `不重复的 id（第${seen.get(item.id)! + 1}条已经用了它）`, fix: '合并这两条，或给其中一条换个 id。' });
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
      throw new EditorError({ file: shown, line: lineOf(index, 'parent'), where: `地点“${place.id}”的 parent`, found: place.parent, expected: '本文件里另一个地点的 id', fix: '改成已有的地点 id，或先添加上级地点。' });
    }
    if (place.parent === undefined && place.level !== 'province' && place.level !== 'country') {
      throw new EditorError({ file: shown, line: lineOf(index), where: `地点“${place.id}”`, expected: '一个 parent（只有省级地点可以没有上级）', fix: '加上“parent: <上级地点 id>”。' });
    }
  });
  return items;
}

/** content/sources.yaml: every source report, each set in a known place. */
export function readSources(dir: string, placeIds: ReadonlySet<string>): Source[] {
  const { items, lineOf, shown } = readList(path.join(dir, 'sources.yaml'), sourceSchema, '来源');
  items.forEach((source, index) => {
    if (!placeIds.has(source.place)) {
      throw new EditorError({ file: shown, line: lineOf(index, 'place'), where: `来源“${source.id}”的 place`, found: source.place, expected: 'content/places.yaml 里的地点 id', fix: '改成已有的地点 id，或先在 content/places.yaml 里添加这个地点。' });
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
    throw new EditorError({ file: shown, line: 1, found: typeof located.value, expected: '以“- date: …”开头的更正列表', fix: '每一条以“- ”开头，字段缩进两格（格式见 docs/WRITING.md 的“更正”）。' });
  }
  const perDay = new Map<string, number>();
  let previous = '';
  return located.value.map((_, index) => {
    const item = parseWithSchema(correctionSchema, located, shown, { basePath: [index], what: `第${index + 1}条更正的` });
    if (item.date < previous) {
      throw new EditorError({ file: shown, line: located.lineOf([index, 'date']), where: '更正的日期', found: item.date, expected: `不早于上一条（${previous}）：更正按时间先后排列`, fix: '把这一条移到正确的位置，新的更正加在文件末尾。' });
    }
    previous = item.date;
    if (item.place !== undefined && !placeIds.has(item.place)) {
      throw new EditorError({ file: shown, line: located.lineOf([index, 'place']), where: '更正的 place', found: item.place, expected: 'content/places.yaml 里的地点 id', fix: '改成已有的地点 id。' });
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

export function readRegistry(dir: string): Registry {
  const places = readPlaces(dir);
  const placeIds = new Set(places.map((place) => place.id));
  const sources = readSources(dir, placeIds);
  const corrections = readCorrections(dir, placeIds);
  return { places, sources, corrections, placeIds, sourceIds: new Set(sources.map((source) => source.id)) };
}
