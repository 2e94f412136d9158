import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition } from 'satteri';
import { editorError } from '../errors/messages.ts';
import { displayPath } from '../data/content-dir.ts';
import { charts } from '../charts/index.ts';
import type { Registry } from '../charts/registry.ts';
import { ChartIds } from './chart-ids.ts';
import { editorComponents, identifiedComponents } from './components.ts';
import { aliasedData, aliasesOf, boundProps } from './data-aliases.ts';
import { figureDirective, figureDirectiveRef } from './directives.ts';

type Attribute = { type: string; name?: string; value?: unknown };
type Position = { start: { line: number; column: number; offset?: number }; end?: { offset?: number } };
type JsxNode = {
  name: string | null;
  attributes: readonly unknown[];
  position?: Position;
};
type Context = {
  fileURL: URL | undefined;
  source: string;
  replaceNode: (node: never, replacement: never) => void;
  /** Satteri's document data: @astrojs/mdx (and src/check/mdx.ts) put the story's frontmatter in `astro`. */
  data?: { astro?: { frontmatter?: unknown } };
};

/**
 * MDX plugin: tells each editor component where it stands, as a `__source="file:line:column"` prop, so a
 * chart that names a missing dataset or column fails the build pointing at the line to fix. Also turns a
 * misspelt component name into such an error, instead of MDX's generic "component not defined". A chart type
 * (src/charts/index.ts) becomes `<Chart __chart="…">`, the one component that draws every type, with its
 * stable id in the story as `__id` (src/mdx/chart-ids.ts); so does the calculator (`identifiedComponents`), counted
 * with the charts. A factory: satteri calls it once per document, so
 * each story counts its own charts. A short bound figure (`<Num d="cap.chp_plants" />`, a `dataset="cap"`)
 * gets the props it stands for from the aliases of the story's frontmatter `data` (src/mdx/data-aliases.ts),
 * before anything reads them: a chart's id names the dataset, not its alias. A figure written as a directive,
 * `:num[cap.chp_plants]` (src/mdx/directives.ts), becomes the element `<Num d="cap.chp_plants" />` it stands for,
 * at the directive's place, and goes the same way: the page and every error get the same element.
 */
export const sourceLocation = (): MdastPluginDefinition => {
  const ids = new ChartIds();
  return {
    name: 'hsd-source-location',
    options: { position: true },
    mdxJsxFlowElement: (node, ctx) => locate(node as unknown as JsxNode, ctx, ids),
    mdxJsxTextElement: (node, ctx) => locate(node as unknown as JsxNode, ctx, ids),
    textDirective: (node, ctx) => {
      const directive = node as unknown as { name: string; position?: Position };
      if (directive.name !== figureDirective) return;
      locate(figureElement(directive, ctx as unknown as Context), ctx, ids, directive);
    },
  } as MdastPluginDefinition;
};

/**
 * The element a `:num[…]` directive stands for: `<Num d="…" />` with the directive's label as `d` and its place.
 * story-markup.ts, which runs first, has refused a `:num` written otherwise.
 */
export function figureElement(directive: { position?: Position }, ctx: Pick<Context, 'source'>): JsxNode & { type: 'mdxJsxTextElement'; children: [] } {
  const { start, end } = directive.position ?? {};
  const ref = start?.offset !== undefined && end?.offset !== undefined ? figureDirectiveRef(ctx.source.slice(start.offset, end.offset)) : undefined;
  const d = ref && 'd' in ref ? ref.d : '';
  return { type: 'mdxJsxTextElement', name: 'Num', attributes: [{ type: 'mdxJsxAttribute', name: 'd', value: d }], children: [], ...(directive.position && { position: directive.position }) };
}

/** Tells an editor component where it stands; `target` is the node it replaces, when it is not the element itself (a directive). */
function locate(node: JsxNode, ctx: Context, ids: ChartIds, target: object = node): void {
  if (!node.name || !/^[A-Z]/.test(node.name)) return;
  const file = ctx.fileURL ? displayPath(fileURLToPath(ctx.fileURL)) : '（未知文件）';
  const start = node.position?.start;
  if (!editorComponents.includes(node.name)) {
    throw editorError('component-unknown', { file, line: start?.line, column: start?.column }, { found: `<${node.name}>`, components: editorComponents });
  }
  const bound = withBoundProps(node, ctx, { file, line: start?.line, column: start?.column });
  const named = chartsRename(charts, bound) ?? bound;
  if (!start && named === node && target === node) return;
  const added: Attribute[] = start ? [{ type: 'mdxJsxAttribute', name: '__source', value: `${file}:${start.line}:${start.column}` }] : [];
  if (named !== bound || identifiedComponents.includes(node.name)) {
    const written = (name: string) => (bound.attributes as Attribute[]).find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
    const id = ids.next({ component: node.name, dataset: written('dataset'), id: written('id'), file, line: start?.line, column: start?.column });
    added.push({ type: 'mdxJsxAttribute', name: '__id', value: id });
  }
  const { position: _position, ...element } = named;
  ctx.replaceNode(target as never, { ...(target === node ? named : element), attributes: [...named.attributes, ...added] } as never);
}

/** The element with the props its short-form figure or aliased dataset stands for, replacing or added; itself if none. */
function withBoundProps(node: JsxNode, ctx: Context, at: { file: string; line?: number | undefined; column?: number | undefined }): JsxNode {
  const attributes = node.attributes as readonly Attribute[];
  const written = Object.fromEntries(attributes.flatMap((a) => (a.type === 'mdxJsxAttribute' && a.name !== undefined ? [[a.name, typeof a.value === 'string' ? a.value : a.value === null || a.value === undefined ? true : a.value]] : [])));
  const aliases = aliasesOf(ctx.data?.astro?.frontmatter);
  const set: Record<string, unknown> = boundProps(node.name!, written, aliases, at);
  // `items={[{ dataset: "cap", … }]}`, `annotations={[…]}`: an alias in the data, as in `dataset="cap"`.
  for (const a of attributes) {
    const expression = a.type === 'mdxJsxAttribute' && a.name !== undefined && isExpression(a.value) ? aliasedData(a.value.value, aliases) : undefined;
    if (expression !== undefined) set[a.name!] = { ...(a.value as object), value: expression };
  }
  if (Object.keys(set).length === 0) return node;
  const replaced = attributes.map((a) => (a.type === 'mdxJsxAttribute' && a.name !== undefined && a.name in set ? { ...a, value: set[a.name] } : a));
  const added = Object.entries(set)
    .filter(([name]) => !(name in written))
    .map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value }));
  return { ...node, attributes: [...replaced, ...added] };
}

/** An attribute's `{…}` value, as satteri hands it: its source in `value`. */
function isExpression(value: unknown): value is { type: string; value: string } {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'mdxJsxAttributeValueExpression' && typeof (value as { value?: unknown }).value === 'string';
}

/** A chart type's element as `<Chart __chart="BarChart" …>`, the one component that draws them all; else undefined. */
export function chartsRename<T extends JsxNode>(registry: Registry, node: T): T | undefined {
  if (!node.name || !registry.byComponent(node.name)) return undefined;
  return { ...node, name: 'Chart', attributes: [{ type: 'mdxJsxAttribute', name: '__chart', value: node.name }, ...node.attributes] };
}
