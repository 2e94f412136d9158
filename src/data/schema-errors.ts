import { z } from 'astro/zod';
import type { EditorError } from '../errors/editor-error.ts';
import { editorError } from '../errors/messages.ts';
import { rethrow, type Report } from '../errors/report.ts';
import { fieldHints, type FieldHint, type HintGroup } from '../errors/messages/fields.ts';
import { schemaIssueCodes, type SchemaIssueCode } from '../schemas/issue-codes.ts';
import { displayField, fieldWhere } from '../errors/where.ts';
import type { LocatedYaml } from './yaml.ts';

export { displayField };

type Issue = z.core.$ZodIssue;

export interface SchemaOptions {
  /** Where in the file the schema's value is (a registry's entry: its index). */
  basePath?: readonly PropertyKey[];
  /** Whose fields, in the words of a message: `frontmatter `, `第2条地点的`. */
  what?: string;
  /** Which schema's fixes of `fieldHints` apply. */
  hints?: HintGroup;
  /**
   * Where each field left empty goes but the last, which is thrown (`field-empty`): the build's `rethrow` stops
   * at the first; `npm run check:content` lists every one (a file npm run new-dataset wrote has several).
   */
  report?: Report;
  /** The ids a field may name, listed when it is left empty (`sources`, `places`). */
  known?: Readonly<Record<string, readonly string[]>>;
}

/**
 * Validates `located.value` (or the part at `basePath`) with a zod schema and, on the first problem, throws an
 * EditorError (a `field-…` entry of the catalogue, or the entry a schema names in a custom issue) that names the
 * file, the line of the offending field, the value found, what was expected and the fix. `hints` picks the
 * fixes for that schema's fields (`fieldHints`). Fields written with nothing after the colon come first, each a
 * `field-empty` worded from the field's own description in the schema. Returns the parsed output otherwise.
 */
export function parseWithSchema<S extends z.ZodType>(schema: S, located: LocatedYaml, file: string, options: SchemaOptions = {}): z.output<S> {
  const basePath = options.basePath ?? [];
  const value = basePath.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown>)?.[key], located.value);
  const result = schema.safeParse(value);
  if (result.success) return result.data;

  const empty = emptyFields(result.error.issues, value)
    .map((path) => ({ path, line: located.lineOf([...basePath, ...path]) }))
    .sort((a, b) => a.line - b.line);
  if (empty.length > 0) {
    const errors = empty.map(({ path, line }, index) => {
      const { description, optional } = describeField(schema, path);
      const key = displayField(path.slice(-1));
      const known = typeof path[0] === 'string' && path.length <= 2 ? options.known?.[path[0]] : undefined;
      const details = { field: displayField(path), key, description, optional, known, more: index === 0 ? empty.length - 1 : 0 };
      return editorError('field-empty', { file, line, where: fieldWhere(path, options.what) }, details);
    });
    for (const error of errors.slice(0, -1)) (options.report ?? rethrow)(error);
    throw errors.at(-1)!;
  }

  const issue = misspeltKeyIssue(result.error.issues) ?? firstLeafIssue(result.error.issues);
  const fieldPath = [...issue.path];
  const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
  const path = unknownKey ? [...fieldPath, unknownKey] : fieldPath;
  const at = { file, line: located.lineOf([...basePath, ...path]), where: fieldWhere(path, options.what) };
  const found = unknownKey ?? valueAt(value, fieldPath);
  // A hint is looked up by the field's path without list indexes (checks.type), then by its last name (type).
  const hintPath = fieldPath.filter((key) => typeof key !== 'number').join('.');
  const hint = ([`${options.hints}.${hintPath}`, `${options.hints}.${String(fieldPath.at(-1) ?? '')}`] as FieldHint[]).find((key) => options.hints && key in fieldHints);
  throw fieldError(issue, at, { field: displayField(path), found: found === undefined ? undefined : show(found), hint }, () => knownKeys(schema, fieldPath));
}

/** The catalogue entry for a zod issue, with its details. */
function fieldError(issue: Issue, at: { file: string; line: number; where: string }, field: { field: string; found: string | undefined; hint: FieldHint | undefined }, keys: () => string[]): EditorError {
  const { found } = field;
  const custom = issue.code === 'custom' ? (issue.params as { code?: string } | undefined)?.code : undefined;
  if (custom !== undefined && (schemaIssueCodes as readonly string[]).includes(custom)) return editorError(custom as SchemaIssueCode, at, field);
  switch (issue.code) {
    case 'unrecognized_keys':
      return editorError('field-unknown', at, { ...field, found: issue.keys[0]!, suggestion: closest(issue.keys[0], keys()) });
    case 'invalid_type':
      return found === undefined ? editorError('field-missing', at, { ...field, type: issue.expected }) : editorError('field-wrong-type', at, { ...field, found, type: issue.expected });
    case 'invalid_value':
      return editorError('field-wrong-value', at, { ...field, accepted: issue.values.map(String), suggestion: closest(found, issue.values.map(String)) });
    case 'invalid_union':
      // Reached only for a discriminated union whose key matches no option (formula:, a check's type:).
      if ('options' in issue && Array.isArray(issue.options)) {
        const accepted = issue.options.map(String);
        return editorError('field-wrong-value', at, { ...field, accepted, suggestion: closest(found, accepted) });
      }
      return editorError('field-invalid', at, { ...field, message: issue.message });
    case 'too_small':
      return editorError('field-too-small', at, { ...field, origin: issue.origin, minimum: Number(issue.minimum) });
    case 'too_big':
      return editorError('field-too-big', at, { ...field, origin: issue.origin, maximum: Number(issue.maximum) });
    case 'invalid_format':
      return editorError('field-wrong-format', at, { ...field, format: issue.format, pattern: issue.format === 'regex' && 'pattern' in issue ? String(issue.pattern) : undefined });
    default:
      return editorError('field-invalid', at, { ...field, message: issue.message });
  }
}

/**
 * A required field reported missing while an unknown one close to it stands beside it (titel: and no title:)
 * is one mistake, the misspelling: report that, so the fix is to correct the name, not to add a line.
 */
function misspeltKeyIssue(issues: readonly Issue[]): Issue | undefined {
  for (const unknown of issues) {
    if (unknown.code !== 'unrecognized_keys') continue;
    const parent = unknown.path.map(String).join('.');
    const missing = issues.filter((issue) => issue.code === 'invalid_type' && issue.path.length > 0 && issue.path.slice(0, -1).map(String).join('.') === parent).map((issue) => String(issue.path.at(-1)));
    const key = unknown.keys.find((k) => closest(k, missing));
    if (key !== undefined) return { ...unknown, keys: [key] };
  }
  return undefined;
}

/**
 * The accepted word nearest to a misspelt one (numbr → number, tag → tags, souces → sources): at most two
 * letters apart, and closer than it is long. Undefined when nothing is that close.
 */
function closest(found: unknown, accepted: readonly string[]): string | undefined {
  if (typeof found !== 'string' || found === '') return undefined;
  let best: { word: string; distance: number } | undefined;
  for (const word of accepted) {
    const distance = editDistance(found.toLowerCase(), word.toLowerCase());
    if (distance <= 2 && distance < found.length && (!best || distance < best.distance)) best = { word, distance };
  }
  return best?.word;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/** The field names a schema accepts at a path: where an unknown field was found, the ones it may have meant. */
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; in?: z.ZodType; options?: z.ZodType[] };
  const walk = (node: z.ZodType, rest: readonly PropertyKey[]): string[] => {
    const def = (node as unknown as { _zod: { def: Def } })._zod.def;
    if (def.innerType) return walk(def.innerType, rest);
    if (def.type === 'pipe' && def.in) return walk(def.in, rest);
    if (def.options) return def.options.flatMap((option) => walk(option, rest));
    const [key, ...tail] = rest;
    if (def.type === 'array' && def.element) return typeof key === 'number' ? walk(def.element, tail) : [];
    if (def.type !== 'object' || !def.shape) return [];
    if (key === undefined) return Object.keys(def.shape);
    const next = def.shape[String(key)];
    return next ? walk(next, tail) : [];
  };
  return [...new Set(walk(schema, path))];
}

/**
 * The fields written with nothing after the colon (`label:`, `quote: }`), which YAML reads as null: each issue's
 * path where the value is null, once each, in the order the schema met them.
 */
function emptyFields(issues: readonly Issue[], value: unknown): PropertyKey[][] {
  const seen = new Set<string>();
  const paths: PropertyKey[][] = [];
  for (const issue of issues) {
    if (issue.path.length === 0 || issue.code === 'custom') continue;
    const parent = valueAt(value, issue.path.slice(0, -1));
    const key = issue.path.at(-1)!;
    if (parent === null || typeof parent !== 'object' || !(key in parent) || (parent as Record<PropertyKey, unknown>)[key] !== null) continue;
    const id = JSON.stringify(issue.path);
    if (seen.has(id)) continue;
    seen.add(id);
    paths.push([...issue.path]);
  }
  return paths;
}

/** A field's description for editors (its `.meta({ description })` in src/schemas/), and whether it may be left out. */
function describeField(schema: z.ZodType, path: readonly PropertyKey[]): { description?: string; optional: boolean } {
  type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; in?: z.ZodType; options?: z.ZodType[] };
  const defOf = (node: z.ZodType) => (node as unknown as { _zod: { def: Def } })._zod.def;
  /** The object or array under wrappers (optional, default, pipe): the node whose shape or element the path walks. */
  const unwrap = (node: z.ZodType): z.ZodType => {
    const def = defOf(node);
    if (def.innerType) return unwrap(def.innerType);
    if (def.type === 'pipe' && def.in) return unwrap(def.in);
    return node;
  };
  let node: z.ZodType | undefined = schema;
  for (const key of path) {
    if (!node) break;
    const def = defOf(unwrap(node));
    node = typeof key === 'number' ? (def.type === 'array' ? def.element : undefined) : def.shape?.[String(key)];
  }
  if (!node) return { optional: false };
  const description = (z.globalRegistry.get(node) as { description?: string } | undefined)?.description ?? (z.globalRegistry.get(unwrap(node)) as { description?: string } | undefined)?.description;
  return { ...(description !== undefined && { description }), optional: node.safeParse(undefined).success };
}

function firstLeafIssue(issues: readonly Issue[]): Issue {
  const issue = issues[0]!;
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    // A union of accepted shapes: report against the first shape, with the union's path in front.
    const inner = firstLeafIssue(issue.errors[0]!);
    return { ...inner, path: [...issue.path, ...inner.path] } as Issue;
  }
  return issue;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (node === null || node === undefined ? undefined : (node as Record<PropertyKey, unknown>)[key]), value);
}

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return JSON.stringify(value) ?? String(value);
}
