/**
 * `npm run schemas`: writes the JSON Schemas of the files editors write, docs/schemas/*.schema.json, from the
 * zod schemas of src/schemas/ (zod 4's toJSONSchema), and puts the line that names its schema at the top of
 * every YAML file of content/ and of the fixture sites (test/fixtures/):
 *
 *   # yaml-language-server: $schema=../../docs/schemas/dataset.schema.json
 *
 * VS Code's YAML extension (Red Hat) reads that line and gives completion, the fields' descriptions and
 * inline errors. test/unit/json-schemas.test.ts fails when a schema file or a line is not current.
 *
 * The JSON Schema describes what editors write (zod's input side, `io: 'input'`): a date is a YYYY-MM-DD
 * string, as the YAML reader (YAML 1.2) hands it over, not the Date the Astro loader may pass. Rules no JSON
 * Schema keyword can state (a source's first line before its last; everything the loaders check against
 * other files: ids that exist, the CSV header, quotes) stay with the build.
 *
 *   npm run schemas        (or: node scripts/json-schemas.ts)
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { isComputedDataset } from '../src/data/load-all.ts';
import { t } from '../src/i18n/index.ts';
import { correctionSchema } from '../src/schemas/correction.ts';
import { cellRefSchema, checkSchema } from '../src/schemas/dataset-check.ts';
import { datasetMetaSchema, subjects } from '../src/schemas/dataset-meta.ts';
import { derivedMetaSchema } from '../src/schemas/derived-dataset.ts';
import { placeSchema } from '../src/schemas/place.ts';
import { sourceSchema } from '../src/schemas/source.ts';
import { storySchema } from '../src/schemas/story.ts';

export const root = path.resolve(import.meta.dirname, '..');
export const schemaDir = path.join(root, 'docs/schemas');

/** One generated file: its name in docs/schemas/, the zod schema it is made from, and what it is for. */
export interface SchemaFile {
  name: string;
  schema: z.ZodType;
  title: string;
  /** Shown when an editor hovers the top of a file; the items' own descriptions come from src/schemas/. */
  description?: string;
}

export const schemaFiles = {
  dataset: { name: 'dataset.schema.json', schema: datasetMetaSchema, title: '数据集说明（content/data/<id>.yaml，旁边有同名的 CSV）' },
  computed: { name: 'computed-dataset.schema.json', schema: derivedMetaSchema, title: '计算数据集（content/data/<id>.yaml，写明 formula，没有 CSV）' },
  places: { name: 'places.schema.json', schema: z.array(placeSchema), title: '地点登记表（content/places.yaml）', description: '本站提到的每个地点，一条一个，每条以“- id: …”开头。写法见 docs/DATASETS.md 的“地点登记表”。' },
  sources: { name: 'sources.schema.json', schema: z.array(sourceSchema), title: '来源登记表（content/sources.yaml）', description: '本站使用的每篇报道，一篇一条，每条以“- id: …”开头。写法见 docs/DATASETS.md 的“来源登记表”。' },
  // An empty corrections.yaml (no correction yet) is read as none, as the loader does (src/data/registry.ts).
  corrections: { name: 'corrections.schema.json', schema: z.array(correctionSchema).nullable(), title: '更正（content/corrections.yaml）', description: '每一条更正，旧的在前，每条以“- date: …”开头。写法见 docs/WRITING.md 的“更正”。' },
  story: { name: 'story-frontmatter.schema.json', schema: storySchema, title: '报道的 frontmatter（content/stories/<slug>.mdx）' },
} as const satisfies Record<string, SchemaFile>;

export type SchemaKind = keyof typeof schemaFiles;

type Json = Record<string, unknown>;
type Def = { type: string; options?: z.ZodType[]; in?: z.ZodType; out?: z.ZodType; innerType?: z.ZodType; entries?: Record<string, string> };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** The schema a value is first read with, past wrappers and the input side of pipes. */
function inputOf(schema: z.ZodType): Def {
  const def = defOf(schema);
  if (def.type === 'pipe' && def.in) return inputOf(def.in);
  if (def.innerType) return inputOf(def.innerType);
  return def;
}

/** `{ anyOf: [{ type: 'string' }, { type: 'number' }] }` (zod folds it into a type list only after the overrides). */
function isStringOrNumber(json: Json): boolean {
  const types = Array.isArray(json.anyOf) ? (json.anyOf as Json[]).map((branch) => (Object.keys(branch).length === 1 ? branch.type : undefined)) : json.type;
  return Array.isArray(types) && types.length === 2 && types.includes('string') && types.includes('number');
}

/**
 * Where zod's input-side JSON Schema is not what editors write, made so:
 * - a union with a Date branch (`updated`, `date`): the Date is what a YAML 1.1 reader would make of an
 *   unquoted date; editors write YYYY-MM-DD, so only the string branch stays;
 * - a string-or-number read into a checked string (`period`, a provenance `row`): zod checks the string after
 *   reading, where toJSONSchema('input') stops; the string branch gets those checks back;
 * - the subjects: their Chinese names, from src/i18n/zh-CN.json, as the completion's descriptions.
 */
function editorsInput(ctx: { zodSchema: unknown; jsonSchema: Json }): void {
  const def = defOf(ctx.zodSchema);
  const json = ctx.jsonSchema;
  if (def.type === 'union' && def.options && Array.isArray(json.anyOf) && json.anyOf.length === def.options.length) {
    const keep = def.options.map((option) => inputOf(option).type !== 'date');
    if (keep.includes(false)) {
      const branches = (json.anyOf as Json[]).filter((_, index) => keep[index]);
      delete json.anyOf;
      if (branches.length === 1) Object.assign(json, branches[0]);
      else json.anyOf = branches;
    }
  }
  if (def.type === 'pipe' && def.out && defOf(def.out).type === 'string' && isStringOrNumber(json)) {
    const { $schema: _, ...checked } = z.toJSONSchema(def.out, { target: 'draft-07' }) as Json;
    delete json.type;
    json.anyOf = [checked, { type: 'number' }];
  }
  if (def.type === 'enum' && def.entries && JSON.stringify(Object.values(def.entries)) === JSON.stringify(subjects)) {
    json.enumDescriptions = subjects.map((subject) => t(`subject.${subject}`));
  }
}

/**
 * Schemas written once under `definitions` and referred to wherever they stand (a cell, a check: a computed
 * dataset's nine formulas would otherwise each carry a copy). Named here, not with `.meta({ id })` in
 * src/schemas/, which would put the names in zod's global registry for every other use of the schemas.
 */
const definitions = new Map<unknown, string>([
  [cellRefSchema, 'cellRef'],
  [checkSchema, 'check'],
]);
const withDefinitions = {
  get(schema: z.ZodType) {
    const meta = z.globalRegistry.get(schema);
    const id = definitions.get(schema);
    return id ? { ...meta, id } : meta;
  },
} as unknown as typeof z.globalRegistry;

/** The path of a subschema that accepts any value ({}), if there is one. */
function emptySchemaAt(json: unknown, at = '#'): string | undefined {
  if (Array.isArray(json)) return json.map((item, index) => emptySchemaAt(item, `${at}/${index}`)).find(Boolean);
  if (json === null || typeof json !== 'object') return undefined;
  const entries = Object.entries(json);
  if (entries.length === 0) return at;
  return entries.map(([key, value]) => (['default', 'const', 'enum', 'examples'].includes(key) ? undefined : emptySchemaAt(value, `${at}/${key}`))).find(Boolean);
}

/** The JSON Schema of one file, as written to docs/schemas/ (draft-07: what every version of the YAML extension reads). */
export function jsonSchemaOf(file: SchemaFile): Json {
  // A Date has no JSON Schema: it stands as {} until editorsInput drops its branch; any other gap throws.
  const unrepresentable = (ctx: { zodSchema: unknown }) => (defOf(ctx.zodSchema).type === 'date' ? 'any' : 'throw');
  const generated = z.toJSONSchema(file.schema, { target: 'draft-07', io: 'input', override: editorsInput, unrepresentable, metadata: withDefinitions }) as Json;
  const empty = emptySchemaAt(generated);
  if (empty) throw new Error(`${file.name}: ${empty} accepts anything: a Date outside a union with a string? Say in editorsInput what editors write there.`);
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $comment: `由 npm run schemas（scripts/json-schemas.ts）从 src/schemas/ 生成，不要手改。`,
    title: file.title,
    ...(file.description ? { description: file.description } : {}),
    ...rest,
  };
}

export function jsonSchemaText(file: SchemaFile): string {
  return `${JSON.stringify(jsonSchemaOf(file), null, 2)}\n`;
}

/**
 * The folders laid out as a content tree: content/ itself, the fixtures' base tree, and each fixture overlay
 * (laid over a copy of the base, so its files stand where they would in content/).
 */
export function contentTrees(): string[] {
  const fixtures = path.join(root, 'test/fixtures');
  const overlays = readdirSync(fixtures)
    .filter((name) => name !== 'base' && statSync(path.join(fixtures, name)).isDirectory())
    .sort()
    .map((name) => path.join(fixtures, name));
  return [path.join(root, 'content'), path.join(fixtures, 'base/content'), ...overlays];
}

/** Which schema a YAML file of a content tree follows, by its place in the tree (and, in data/, its text). */
export function schemaKindOf(pathInTree: string, text: string): SchemaKind | undefined {
  const name = pathInTree.split(path.sep).join('/');
  if (name === 'places.yaml') return 'places';
  if (name === 'sources.yaml') return 'sources';
  if (name === 'corrections.yaml') return 'corrections';
  if (/^data\/[^/]+\.ya?ml$/.test(name)) return isComputedDataset(text) ? 'computed' : 'dataset';
  return undefined;
}

/** Every YAML file an editor writes, in content/ and the fixtures, with the schema it follows. */
export function yamlFiles(): { file: string; kind: SchemaKind | undefined }[] {
  return contentTrees().flatMap((tree) => {
    const inTree = (dir: string): string[] =>
      existsSync(dir)
        ? readdirSync(dir)
            .sort()
            .flatMap((entry) => (statSync(path.join(dir, entry)).isDirectory() ? (entry === 'stories' ? [] : inTree(path.join(dir, entry))) : /\.ya?ml$/.test(entry) ? [path.join(dir, entry)] : []))
        : [];
    return inTree(tree).map((file) => ({ file, kind: schemaKindOf(path.relative(tree, file), readFileSync(file, 'utf8')) }));
  });
}

/** The first line a YAML file at `file` carries: its schema, relative to the file, as the YAML extension resolves it. */
export function modeline(file: string, kind: SchemaKind): string {
  const relative = path.relative(path.dirname(file), path.join(schemaDir, schemaFiles[kind].name)).split(path.sep).join('/');
  return `# yaml-language-server: $schema=${relative}`;
}

const modelinePattern = /^#\s+yaml-language-server\s*:.*$/;

/** The text with `line` as its first line (after a BOM), replacing a modeline already there; line ends kept. */
export function withModeline(text: string, line: string): string {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = text.slice(bom.length);
  const eol = body.includes('\r\n') ? '\r\n' : '\n';
  const end = body.indexOf('\n');
  const first = (end === -1 ? body : body.slice(0, end)).replace(/\r$/, '');
  const rest = modelinePattern.test(first) ? (end === -1 ? '' : body.slice(end + 1)) : body;
  return `${bom}${line}${eol}${rest}`;
}

if (import.meta.main) {
  const written = new Set<string>();
  for (const file of Object.values(schemaFiles)) {
    const target = path.join(schemaDir, file.name);
    const text = jsonSchemaText(file);
    written.add(file.name);
    if (existsSync(target) && readFileSync(target, 'utf8') === text) continue;
    writeFileSync(target, text);
    console.log(`docs/schemas/${file.name}: written.`);
  }
  for (const stale of readdirSync(schemaDir).filter((name) => name.endsWith('.schema.json') && !written.has(name))) {
    rmSync(path.join(schemaDir, stale));
    console.log(`docs/schemas/${stale}: removed (no schema makes it any more).`);
  }
  for (const { file, kind } of yamlFiles()) {
    if (!kind) {
      console.log(`${path.relative(root, file)}: not a file of a known kind, left alone.`);
      continue;
    }
    const before = readFileSync(file, 'utf8');
    const after = withModeline(before, modeline(file, kind));
    if (after === before) continue;
    writeFileSync(file, after);
    console.log(`${path.relative(root, file)}: first line now names docs/schemas/${schemaFiles[kind].name}.`);
  }
  console.log('docs/schemas/ and the first line of every content YAML file are current.');
}
