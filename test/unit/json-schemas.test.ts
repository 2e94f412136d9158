import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { contentTrees, jsonSchemaText, modeline, root, schemaDir, schemaFiles, withModeline, yamlFiles, type SchemaKind } from '../../scripts/json-schemas.ts';

/**
 * docs/schemas/*.schema.json, the JSON Schemas editors' YAML extension reads (`npm run schemas`,
 * scripts/json-schemas.ts): current with src/schemas/, named by the first line of every YAML file, accepting
 * every content file, rejecting wrong ones, and never stricter than the build's own zod schemas.
 */

// A real JSON Schema validator, strict about the schemas themselves: an unknown keyword or format, a keyword
// applied to a type it cannot apply to, is an error. (Not strictRequired: a rule that names a field the
// object defines elsewhere, `then: { required: [periodNote] }`, is what such rules are.)
const ajv = new Ajv({ allErrors: true, strictSchema: true, strictNumbers: true, strictTypes: true, strictTuples: true, allowUnionTypes: true, strictRequired: false });
// The YAML extension's keyword for the descriptions of enum values, shown while completing (annotation only).
ajv.addKeyword('enumDescriptions');
// The date pattern beside every `format: date` checks the date; the format itself is for the editor.
ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);

const validators = new Map<string, ValidateFunction>();
/** The validator of a committed schema file, by its path. */
function validatorOf(file: string): ValidateFunction {
  if (!validators.has(file)) validators.set(file, ajv.compile(JSON.parse(readFileSync(file, 'utf8'))));
  return validators.get(file)!;
}
const fileOf = (kind: SchemaKind) => path.join(schemaDir, schemaFiles[kind].name);

/** The errors of a value against the committed schema of a kind (none: an empty list). */
function errors(kind: SchemaKind, value: unknown): ErrorObject[] {
  const validate = validatorOf(fileOf(kind));
  return validate(value) ? [] : [...validate.errors!];
}

const zodAccepts = (kind: SchemaKind, value: unknown) => schemaFiles[kind].schema.safeParse(value).success;
const readYaml = (text: string): unknown => parseDocument(text, { uniqueKeys: true }).toJS();
const shown = (file: string) => path.relative(root, file);

/** The schema file a YAML file's first line names, resolved as the YAML extension resolves it: relative to the file. */
function namedSchema(file: string): string | undefined {
  const first = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]!;
  const named = /^# yaml-language-server: \$schema=(\S+)$/.exec(first)?.[1];
  return named === undefined ? undefined : path.resolve(path.dirname(file), named);
}

/** A story's frontmatter, found as src/data/frontmatter.ts finds it. */
function frontmatter(file: string): unknown {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\s*(\r?\n|$)/.exec(readFileSync(file, 'utf8'));
  expect(match, `${shown(file)} has a frontmatter`).not.toBeNull();
  return readYaml(match![1]!);
}

const storiesOf = (tree: string) => {
  const dir = path.join(tree, 'stories');
  try {
    return readdirSync(dir).filter((name) => name.endsWith('.mdx')).sort().map((name) => path.join(dir, name));
  } catch {
    return [];
  }
};

const content = path.join(root, 'content');
const contentYaml = yamlFiles().filter(({ file }) => file.startsWith(content + path.sep));
const fixtureYaml = yamlFiles().filter(({ file }) => !file.startsWith(content + path.sep));

describe('docs/schemas/: the JSON Schemas of the files editors write', () => {
  it('holds exactly what npm run schemas writes from src/schemas/ now', () => {
    for (const file of Object.values(schemaFiles)) {
      expect(readFileSync(path.join(schemaDir, file.name), 'utf8'), `docs/schemas/${file.name} is not current: run npm run schemas`).toBe(jsonSchemaText(file));
    }
    expect(readdirSync(schemaDir).filter((name) => name.endsWith('.json')).sort()).toEqual(Object.values(schemaFiles).map((file) => file.name).sort());
  });

  it('every YAML file of content/ and of the fixture sites starts with the line naming its schema', () => {
    expect(new Set(contentYaml.map(({ kind }) => kind))).toEqual(new Set(['dataset', 'computed', 'places', 'sources', 'corrections']));
    for (const { file, kind } of yamlFiles()) {
      expect(kind, `${shown(file)} is a file of a known kind`).toBeDefined();
      const text = readFileSync(file, 'utf8');
      expect(withModeline(text, modeline(file, kind!)) === text, `${shown(file)}: its first line must be “${modeline(file, kind!)}” (npm run schemas writes it)`).toBe(true);
      expect(namedSchema(file), `${shown(file)} names docs/schemas/${schemaFiles[kind!].name}`).toBe(fileOf(kind!));
    }
  });

  it('the schema a content file names accepts it, as the build does', () => {
    for (const { file, kind } of contentYaml) {
      const value = readYaml(readFileSync(file, 'utf8'));
      const validate = validatorOf(namedSchema(file)!);
      expect(validate(value) ? '' : ajv.errorsText(validate.errors), shown(file)).toBe('');
      expect(zodAccepts(kind!, value), shown(file)).toBe(true);
    }
  });

  it('story-frontmatter.schema.json accepts the frontmatter of every story', () => {
    const stories = storiesOf(content);
    expect(stories.length).toBeGreaterThan(0);
    for (const file of stories) expect(errors('story', frontmatter(file)).map((e) => `${e.instancePath} ${e.message}`), shown(file)).toEqual([]);
  });

  it('never stricter than the build: a fixture the JSON Schema rejects, the zod schema rejects too; and it sees the mistakes it can', () => {
    const rejected: string[] = [];
    const check = (file: string, kind: SchemaKind, value: unknown) => {
      if (errors(kind, value).length === 0) return;
      rejected.push(shown(file));
      expect(zodAccepts(kind, value), `${shown(file)}: rejected by docs/schemas/${schemaFiles[kind].name} but accepted by the build`).toBe(false);
    };
    for (const { file, kind } of fixtureYaml) check(file, kind!, readYaml(readFileSync(file, 'utf8')));
    for (const tree of contentTrees().slice(1)) for (const file of storiesOf(tree)) check(file, 'story', frontmatter(file));
    // The editor mistakes among the fixtures that an editor would see underlined while typing; the others
    // (an unknown id, a failed check, a CSV cell, a tag with a slash) need the other files, and only the build sees them.
    expect(rejected.sort()).toEqual([
      'test/fixtures/bad-frontmatter-date/stories/prices.mdx',
      'test/fixtures/coordinates-without-geonames/places.yaml',
      'test/fixtures/data-alias-invalid/stories/prices.mdx',
      // A YAML as npm run new-dataset writes it: every empty field shows underlined until it is filled.
      'test/fixtures/dataset-fields-empty/data/scale.yaml',
      'test/fixtures/misspelt-column-type/data/prices.yaml',
      'test/fixtures/misspelt-frontmatter-field/stories/prices.mdx',
      'test/fixtures/story-without-title/stories/prices.mdx',
    ]);
  });
});

/** A real content file, read as the YAML extension reads it, to be made wrong one field at a time. */
const real = (file: string) => readYaml(readFileSync(path.join(content, file), 'utf8')) as Record<string, unknown>;
const dataset = () => real('data/baotou-heating-scale-2025-2026.yaml');
const computed = () => real('data/hongqiao-heated-area-per-household-2024-2025.yaml');
const story = () => frontmatter(path.join(content, 'stories/baotou-season-2025-2026.mdx')) as Record<string, unknown>;
const list = (file: string) => real(file) as unknown as Record<string, unknown>[];
const without = <T extends Record<string, unknown>>(value: T, ...keys: string[]) => Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));

describe('the schemas are not vacuous: wrong files are rejected, each where an editor made the mistake', () => {
  const cases: [what: string, kind: SchemaKind, value: () => unknown, expected: Partial<ErrorObject>][] = [
    ['a misspelt field (titel: for title:)', 'dataset', () => ({ ...without(dataset(), 'title'), titel: '包头两家供热单位的规模' }), { instancePath: '', keyword: 'additionalProperties', params: { additionalProperty: 'titel' } }],
    ['a required field left out (updated)', 'dataset', () => without(dataset(), 'updated'), { instancePath: '', keyword: 'required', params: { missingProperty: 'updated' } }],
    ['a misspelt column type (numbr)', 'dataset', () => ({ ...dataset(), columns: [{ name: 'heating_area', type: 'numbr', label: '供热面积' }] }), { instancePath: '/columns/0/type', keyword: 'enum' }],
    ['a date that does not exist (2026-02-30)', 'dataset', () => ({ ...dataset(), updated: '2026-02-30' }), { instancePath: '/updated', keyword: 'pattern' }],
    ['a period that is not one (2025年)', 'dataset', () => ({ ...dataset(), period: '2025年' }), { instancePath: '/period', keyword: 'pattern' }],
    ['an unknown period without its note', 'dataset', () => without({ ...dataset(), period: 'unknown' }, 'periodNote'), { instancePath: '', keyword: 'required', params: { missingProperty: 'periodNote' } }],
    ['a quote over 40 characters', 'dataset', () => ({ ...dataset(), provenance: [{ row: 'heat-group', column: 'heating_area', quote: '规'.repeat(41) }] }), { instancePath: '/provenance/0/quote', keyword: 'maxLength' }],
    ['a known inconsistency without an id', 'dataset', () => ({ ...dataset(), checks: [{ type: 'at-most', label: '已完成不超过计划', known: '报道自相矛盾。', value: { row: 'a', column: 'v' }, limit: { row: 'b', column: 'v' } }] }), { instancePath: '/checks/0', keyword: 'required', params: { missingProperty: 'id' } }],
    ['a check with a cell misspelt (colum:)', 'dataset', () => ({ ...dataset(), checks: [{ type: 'at-most', label: '已完成不超过计划', value: { row: 'a', colum: 'v' }, limit: { row: 'b', column: 'v' } }] }), { instancePath: '/checks/0/value', keyword: 'additionalProperties' }],
    ['a computed dataset with columns, which its formula decides', 'computed', () => ({ ...computed(), columns: [] }), { instancePath: '', keyword: 'additionalProperties', params: { additionalProperty: 'columns' } }],
    ['a formula that does not exist (shares)', 'computed', () => ({ ...computed(), formula: 'shares' }), { instancePath: '/formula', keyword: 'const' }],
    ['decimals as words', 'computed', () => ({ ...computed(), rows: [{ ...(computed().rows as Record<string, unknown>[])[0], decimals: '两位' }] }), { instancePath: '/rows/0/decimals', keyword: 'type' }],
    ['a latitude in words', 'places', () => [{ ...list('places.yaml')[0], lat: '北纬40度' }], { instancePath: '/0/lat', keyword: 'type' }],
    ['coordinates without the GeoNames record they come from', 'places', () => [without(list('places.yaml')[0]!, 'geonames')], { instancePath: '/0', keyword: 'dependencies', params: expect.objectContaining({ property: 'lat', missingProperty: 'geonames' }) }],
    ['a place without its short name', 'places', () => [without(list('places.yaml')[0]!, 'shortName')], { instancePath: '/0', keyword: 'required', params: { missingProperty: 'shortName' } }],
    ['a source date left unquoted (2026 reads as a number)', 'sources', () => [{ ...list('sources.yaml')[0], date: 2026 }], { instancePath: '/0/date', keyword: 'type' }],
    ['source lines with one number', 'sources', () => [{ ...list('sources.yaml')[0], lines: [3] }], { instancePath: '/0/lines', keyword: 'minItems' }],
    ['a correction naming nothing it corrects', 'corrections', () => [without(list('corrections.yaml')[0]!, 'story', 'dataset', 'place')], { instancePath: '/0', keyword: 'required', params: { missingProperty: 'story' } }],
    ['a story with neither season nor periodNote', 'story', () => without(story(), 'season', 'periodNote'), { instancePath: '', keyword: 'required', params: { missingProperty: 'season' } }],
    ['a story kind misspelt (breif)', 'story', () => ({ ...story(), kind: 'breif' }), { instancePath: '/kind', keyword: 'enum' }],
    ['a story title over 60 characters', 'story', () => ({ ...story(), title: '标'.repeat(61) }), { instancePath: '/title', keyword: 'maxLength' }],
  ];

  for (const [what, kind, value, expected] of cases) {
    it(`${what}: docs/schemas/${schemaFiles[kind].name}`, () => {
      const doc = value();
      expect(errors(kind, doc)).toContainEqual(expect.objectContaining(expected));
      // The build's schema rejects it too: the JSON Schema says nothing the build does not.
      expect(zodAccepts(kind, doc)).toBe(false);
    });
  }

  it('each case starts from a file both accept', () => {
    for (const [kind, value] of [['dataset', dataset()], ['computed', computed()], ['places', list('places.yaml')], ['sources', list('sources.yaml')], ['corrections', list('corrections.yaml')], ['story', story()]] as const) {
      expect(errors(kind, value)).toEqual([]);
      expect(zodAccepts(kind, value)).toBe(true);
    }
  });
});
