import type { z } from 'astro/zod';
import { EditorError } from '../errors/editor-error.ts';
import type { LocatedYaml } from './yaml.ts';

type Issue = z.core.$ZodIssue;

/**
 * Validates `located.value` (or the part at `basePath`) with a zod schema and, on the first problem, throws an
 * EditorError that names the file, the line of the offending field, the value found, what was expected
 * and the fix. Returns the parsed output otherwise.
 */
export function parseWithSchema<S extends z.ZodType>(
  schema: S,
  located: LocatedYaml,
  file: string,
  options: { basePath?: readonly PropertyKey[]; what?: string; hints?: Record<string, string> } = {},
): z.output<S> {
  const basePath = options.basePath ?? [];
  const value = basePath.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown>)?.[key], located.value);
  const result = schema.safeParse(value);
  if (result.success) return result.data;

  const issue = misspeltKeyIssue(result.error.issues) ?? firstLeafIssue(result.error.issues);
  const fieldPath = [...issue.path];
  const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
  const linePath = [...basePath, ...fieldPath, ...(unknownKey ? [unknownKey] : [])];
  const field = displayField(unknownKey ? [...fieldPath, unknownKey] : fieldPath);
  const found = unknownKey ?? valueAt(value, fieldPath);
  // A hint is looked up by the field's path without list indexes (checks.type), then by its last name (type).
  const hintPath = fieldPath.filter((key) => typeof key !== 'number').join('.');
  const hint = options.hints?.[hintPath] ?? options.hints?.[String(fieldPath.at(-1) ?? '')];
  const accepted =
    issue.code === 'unrecognized_keys' ? knownKeys(schema, fieldPath)
    : issue.code === 'invalid_value' ? issue.values.map(String)
    : issue.code === 'invalid_union' && 'options' in issue && Array.isArray(issue.options) ? issue.options.map(String)
    : [];
  const suggestion = closest(found, accepted);
  const { expected, fix } = suggestion
    ? { expected: `${describe(issue, field, false, hint).expected}（多半是“${suggestion}”）`, fix: `把“${String(found)}”改成“${suggestion}”。${hint ?? ''}` }
    : describe(issue, field, found === undefined, hint);
  throw new EditorError({
    file,
    line: located.lineOf(linePath),
    where: `${options.what ?? ''}字段“${field || '（整个文件）'}”`,
    found: found === undefined ? undefined : show(found),
    expected,
    fix,
  });
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

function firstLeafIssue(issues: readonly Issue[]): Issue {
  const issue = issues[0]!;
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    // A union of accepted shapes: report against the first shape, with the union's path in front.
    const inner = firstLeafIssue(issue.errors[0]!);
    return { ...inner, path: [...issue.path, ...inner.path] } as Issue;
  }
  return issue;
}

/** A field path as editors read it: columns[1].type. */
export function displayField(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (node === null || node === undefined ? undefined : (node as Record<PropertyKey, unknown>)[key]), value);
}

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return JSON.stringify(value) ?? String(value);
}

const typeNames: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: 'true 或 false',
  array: '列表（如 [a, b]）',
  object: '字段表',
  date: '日期（YYYY-MM-DD）',
};

function describe(issue: Issue, field: string, absent: boolean, hint: string | undefined): { expected: string; fix: string } {
  const fix = (fallback: string) => hint ?? fallback;
  switch (issue.code) {
    case 'invalid_type':
      if (absent) {
        return { expected: `必填字段“${field}”（${typeNames[issue.expected] ?? issue.expected}）`, fix: fix(`补上“${field}: …”这一行。`) };
      }
      return { expected: typeNames[issue.expected] ?? issue.expected, fix: fix(`把“${field}”改成${typeNames[issue.expected] ?? issue.expected}。`) };
    case 'invalid_value':
      return { expected: `以下之一：${issue.values.map(String).join('、')}`, fix: fix(`从上面的取值中选一个写在“${field}”。`) };
    case 'invalid_union':
      // Reached only for a discriminated union whose key matches no option (formula:, a check's type:).
      if ('options' in issue && Array.isArray(issue.options)) {
        return { expected: `以下之一：${issue.options.map(String).join('、')}`, fix: fix(`从上面的取值中选一个写在“${field}”。`) };
      }
      return { expected: issue.message, fix: fix(`改正“${field}”。`) };
    case 'unrecognized_keys':
      return { expected: '已知的字段名', fix: fix(`删除“${issue.keys[0]}”，或改成文档里列出的字段名（见 docs/WRITING.md 与 docs/DATASETS.md）。`) };
    case 'too_small':
      return issue.origin === 'array'
        ? { expected: `至少 ${issue.minimum} 项`, fix: fix(`在“${field}”里补足条目。`) }
        : issue.origin === 'string'
          ? { expected: `至少 ${issue.minimum} 个字`, fix: fix(`把“${field}”写完整。`) }
          : { expected: `不小于 ${issue.minimum}`, fix: fix(`改正“${field}”的数值。`) };
    case 'too_big':
      return issue.origin === 'array'
        ? { expected: `至多 ${issue.maximum} 项`, fix: fix(`删减“${field}”的条目。`) }
        : issue.origin === 'string'
          ? { expected: `至多 ${issue.maximum} 个字`, fix: fix(`缩短“${field}”。`) }
          : { expected: `不大于 ${issue.maximum}`, fix: fix(`改正“${field}”的数值。`) };
    case 'invalid_format':
      return issue.format === 'date'
        ? { expected: '日期 YYYY-MM-DD（如 2026-04-20）', fix: fix(`把“${field}”写成 2026-04-20 这样的日期。`) }
        : { expected: `格式 ${issue.format === 'regex' && 'pattern' in issue ? String(issue.pattern) : issue.format}`, fix: fix(`按格式改正“${field}”。`) };
    default:
      return { expected: issue.message, fix: fix(`改正“${field}”。`) };
  }
}
