import type { SourceLocation } from '../data/props.ts';
import { editorError } from '../errors/messages.ts';
import { propWhere } from '../errors/where.ts';
import { parseLiteral } from './story-markup.ts';

/**
 * Short bound figures (docs/WRITING.md): a story names its datasets once, in its frontmatter, each by an alias
 * (`data: { cap: shuozhou-heat-capacity-2022 }`); then a figure is `<Num d="cap.chp_plants" />` (alias, row key,
 * and optionally the column: `d="cap.chp_plants.percent"`), and any component's `dataset=` may be an alias.
 * The MDX plugin (source-location.ts) turns them into the props the components have always received, so
 * `<Num d="cap.chp_plants" />` reaches `<Num>` as `d`, `dataset="shuozhou-heat-capacity-2022"` and
 * `row="chp_plants"`; with no column written, `<Num>` takes the dataset's main column (src/inline/num.ts). The
 * long form stays valid. `npm run check:stories` (src/editorial/story-text.ts) reads the short form through the same functions;
 * the datasets a story uses come from its compiled components (src/lib/story-parts.ts, src/lib/indexes.ts).
 */

/** A story's aliases, alias → dataset id, from its frontmatter as the MDX compiler hands it over (unchecked). */
export function aliasesOf(frontmatter: unknown): Map<string, string> {
  const data = (frontmatter as { data?: unknown } | null | undefined)?.data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) return new Map();
  return new Map(Object.entries(data).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/**
 * A figure's `d` read as alias, row key and column: `cap.chp_plants`, `cap.chp_plants.percent`. Undefined if it
 * is neither, or has a space or a Chinese full stop in it (`cap。chp_plants`, typed with the input method on).
 */
export function parseFigureRef(d: string): { alias: string; row: string; column?: string } | undefined {
  const parts = d.split('.');
  if (/[\s。．]/.test(d) || parts.length < 2 || parts.length > 3 || parts.includes('')) return undefined;
  const [alias, row, column] = parts as [string, string, string | undefined];
  return { alias, row, ...(column !== undefined && { column }) };
}

/** The long-form props a short-form figure stands for. */
const longForm = ['dataset', 'row', 'column'] as const;

/**
 * What the MDX plugin sets on a component for the props the editor wrote: for `<Num d="…">`, its dataset (the
 * alias's), row and column (when `d` names one); for a `dataset` that is one of the story's aliases, the id it
 * stands for. Empty when the component uses neither. A mistake in the short form throws its editor error at
 * the component (`at`): a malformed `d`, an unknown alias, `d` together with the long form, `d` elsewhere than
 * on `<Num>`.
 */
export function boundProps(component: string, props: Readonly<Record<string, unknown>>, aliases: ReadonlyMap<string, string>, at: SourceLocation): Record<string, string> {
  const set: Record<string, string> = {};
  if (typeof props.dataset === 'string' && aliases.has(props.dataset)) set.dataset = aliases.get(props.dataset)!;
  if (props.d === undefined) return set;
  const where = { ...at, where: propWhere(component, 'd') };
  const found = typeof props.d === 'string' ? props.d : JSON.stringify(props.d);
  if (component !== 'Num') throw editorError('figure-d-not-num', where, { found, component });
  const both = longForm.filter((prop) => props[prop] !== undefined);
  if (both.length > 0) throw editorError('figure-both-forms', where, { found, props: both });
  const ref = typeof props.d === 'string' ? parseFigureRef(props.d) : undefined;
  if (!ref) throw editorError('figure-ref-malformed', where, { found });
  const dataset = aliases.get(ref.alias);
  if (dataset === undefined) throw editorError('figure-alias-unknown', where, { found: ref.alias, aliases: [...aliases.keys()] });
  return { dataset, row: ref.row, ...(ref.column !== undefined && { column: ref.column }) };
}

/**
 * A prop written as data (`items={[…]}`, `annotations={[…]}`) with every `{ dataset: "cap", … }` in it that names
 * one of the story's aliases given the dataset id instead, as `dataset="cap"` is (boundProps): the new `{…}`
 * source, which the MDX plugin sets in place of the one written; undefined when no `dataset` in it is an alias.
 * `source` is what story-markup.ts has let through: plain data, read as such (parseLiteral), never run.
 */
export function aliasedData(source: string, aliases: ReadonlyMap<string, string>): string | undefined {
  if (aliases.size === 0) return undefined;
  let changed = false;
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (!value || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => {
        if (key === 'dataset' && typeof item === 'string' && aliases.has(item)) {
          changed = true;
          return [key, aliases.get(item)!];
        }
        return [key, walk(item)];
      }),
    );
  };
  const value = walk(parseLiteral(source));
  return changed ? JSON.stringify(value) : undefined;
}
