import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition } from 'satteri';
import { editorError, type DetailsOf, type ErrorCode } from '../errors/messages.ts';
import { propWhere } from '../errors/where.ts';
import { editorComponents } from './components.ts';
import { displayPath } from '../data/content-dir.ts';
import { figureDirective, figureDirectiveRef, fullWidthFigure, isColonText, storyDirectives, type DirectiveKind } from './directives.ts';

type Point = { line: number; column: number; offset?: number };
type Position = { start: Point; end?: Point };
type Attribute = { type: 'mdxJsxAttribute'; name: string; value?: string | { type: string; value: string } | null } | { type: 'mdxJsxExpressionAttribute'; value: string };
type JsxNode = { name: string | null; attributes: readonly Attribute[]; position?: Position };
type Context = { fileURL: URL | undefined; source: string; replaceNode: (node: never, replacement: never) => void };
type Directive = { name: string; position?: Position };

/**
 * MDX plugin: a story is Markdown and editor components, nothing that runs. MDX would otherwise let any
 * contributor put live markup or code into a page or into the build: a `<script>` or an `onerror=` in the
 * story body, a `[link](javascript:…)`, an `import`, a `{…}` expression evaluated at build time (it can read
 * the build's environment into the page). Each is refused with an editor error at its line. Component props
 * stay data: text, numbers and the `[{ … }]` lists and records that `annotations` and `items` take.
 *
 * Directives (src/mdx/directives.ts): `:num[…]` is the one the desk defines, and must be written as such (a `[…]`,
 * nothing after it); any other `:name`, `::name` or `:::name` is refused at its line, a colon followed by a
 * digit (8:00) put back as the text it was, and a `：num[` typed with a full-width colon refused too.
 */
export const storyMarkup: MdastPluginDefinition = {
  name: 'hsd-story-markup',
  options: { position: true },
  mdxJsxFlowElement: (node, ctx) => checkElement(node as unknown as JsxNode, ctx),
  mdxJsxTextElement: (node, ctx) => checkElement(node as unknown as JsxNode, ctx),
  mdxFlowExpression: (node, ctx) => refuseExpression(node as unknown as { value: string; position?: Position }, ctx),
  mdxTextExpression: (node, ctx) => refuseExpression(node as unknown as { value: string; position?: Position }, ctx),
  mdxjsEsm: (node, ctx) => {
    const { value, position } = node as unknown as { value: string; position?: Position };
    fail(ctx, position, 'story-import', { found: value.split('\n')[0]! });
  },
  link: (node, ctx) => checkUrl(node as unknown as { url: string; position?: Position }, ctx, 'link'),
  image: (node, ctx) => checkUrl(node as unknown as { url: string; position?: Position }, ctx, 'image'),
  definition: (node, ctx) => checkUrl(node as unknown as { url: string; position?: Position }, ctx, 'link'),
  textDirective: (node, ctx) => checkDirective(node as unknown as Directive, ctx as unknown as Context, 'text'),
  leafDirective: (node, ctx) => checkDirective(node as unknown as Directive, ctx as unknown as Context, 'leaf'),
  containerDirective: (node, ctx) => checkDirective(node as unknown as Directive, ctx as unknown as Context, 'container'),
  text: (node, ctx) => checkText(node as unknown as { position?: Position }, ctx as unknown as Context),
} as MdastPluginDefinition;

/** A node's characters as the editor wrote them. */
function written(node: { position?: Position }, ctx: Context): string {
  const { start, end } = node.position ?? {};
  return start?.offset !== undefined && end?.offset !== undefined ? ctx.source.slice(start.offset, end.offset) : '';
}

function checkDirective(node: Directive, ctx: Context, kind: DirectiveKind): void {
  const source = written(node, ctx);
  if (kind === 'text' && isColonText(node.name)) {
    // 8:00, 1:2: a colon and digits, text as it was written.
    ctx.replaceNode(node as never, { type: 'text', value: source || `:${node.name}` } as never);
    return;
  }
  if (kind === 'text' && node.name === figureDirective) {
    const ref = figureDirectiveRef(source);
    if (!('mistake' in ref)) return;
    const end = node.position?.end?.offset;
    const fullWidth = ref.mistake === 'no-label' && end !== undefined && ctx.source[end] === '【';
    const found = fullWidth ? ctx.source.slice(node.position!.start.offset, ctx.source.indexOf('】', end) + 1 || end + 1) : source;
    fail(ctx, node.position, 'figure-directive-malformed', { found, mistake: fullWidth ? 'full-width' : ref.mistake }, '正文的 :num');
  }
  fail(ctx, node.position, 'directive-unknown', { found: source.split('\n')[0]!, name: node.name, kind, directives: storyDirectives });
}

/** A figure typed with the Chinese input method's colon, `：num[cap.chp_plants]`, which is no directive. */
function checkText(node: { position?: Position }, ctx: Context): void {
  const source = written(node, ctx);
  const found = fullWidthFigure(source);
  if (!found || !node.position) return;
  const before = source.slice(0, found.index).split('\n');
  const line = node.position.start.line + before.length - 1;
  const column = before.length > 1 ? before.at(-1)!.length + 1 : node.position.start.column + found.index;
  const close = source.slice(found.index).search(/[\]】]/);
  fail(ctx, { start: { line, column } }, 'figure-directive-malformed', { found: close < 0 ? found.found : source.slice(found.index, found.index + close + 1), mistake: 'full-width' }, '正文的 :num');
}

function fail<C extends ErrorCode>(ctx: Context, position: Position | undefined, code: C, details: DetailsOf<C>, where?: string): never {
  const file = ctx.fileURL ? displayPath(fileURLToPath(ctx.fileURL)) : '（未知文件）';
  throw editorError(code, { file, line: position?.start.line, column: position?.start.column, where }, details);
}

function checkElement(node: JsxNode, ctx: Context): void {
  if (!node.name || !/^[A-Z]/.test(node.name)) {
    fail(ctx, node.position, 'story-html-tag', { found: `<${node.name ?? ''}>`, components: editorComponents });
  }
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      fail(ctx, node.position, 'prop-spread', { found: `{${attribute.value}}` }, propWhere(node.name));
    }
    const value: string | { type: string; value: string } | null | undefined = attribute.value;
    if (value && typeof value === 'object' && !isLiteral(value.value)) {
      fail(ctx, node.position, 'prop-code', { found: `{${value.value}}` }, propWhere(node.name, attribute.name));
    }
  }
}

function refuseExpression(node: { value: string; position?: Position }, ctx: Context): void {
  fail(ctx, node.position, 'story-expression', { found: `{${node.value}}` });
}

/** Addresses a reader's browser opens as a page, not as script: the web, mail, and the site's own paths. */
function checkUrl(node: { url: string; position?: Position }, ctx: Context, kind: 'link' | 'image'): void {
  // Browsers ignore control characters and spaces inside a scheme (java\tscript:), so compare without them.
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(node.url.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();
  if (scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto') return;
  fail(ctx, node.position, 'link-unsafe', { found: node.url, scheme, kind });
}

/** The tokens of a prop's `{…}`: white space, strings, numbers, names, brackets and punctuation. */
const literalToken = /\s+|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|-?\d+(?:\.\d+)?|[A-Za-z_$][\w$]*|[[\]{},:]/y;

function literalTokens(source: string): string[] | undefined {
  const tokens: string[] = [];
  for (let at = 0; at < source.length; ) {
    literalToken.lastIndex = at;
    const match = literalToken.exec(source);
    if (!match) return undefined;
    if (match[0].trim() !== '') tokens.push(match[0]);
    at = literalToken.lastIndex;
  }
  return tokens;
}

/**
 * Whether an attribute's `{…}` is plain data: strings, numbers, true/false/null, in arrays and objects whose
 * keys may be bare names. No calls, no variables, no templates, no operators.
 */
export function isLiteral(source: string): boolean {
  const tokens = literalTokens(source);
  return tokens !== undefined && tokens.every((text, index) => !/^[A-Za-z_$]/.test(text) || ['true', 'false', 'null'].includes(text) || tokens[index + 1] === ':');
}

/**
 * The value of a prop's `{…}` that `isLiteral` allows, as the compiled story gives it to its component (the
 * JavaScript value of the literal), read as data, never run: `npm run check:content` passes it to the
 * component's checks. The MDX parser has already refused what is not JavaScript; anything else throws.
 */
export function parseLiteral(source: string): unknown {
  const tokens = literalTokens(source);
  if (tokens === undefined || !isLiteral(source)) throw new Error(`Not a literal: {${source}}`);
  let at = 0;
  const fail = (): never => {
    throw new Error(`Not a literal: {${source}} (at “${tokens[at] ?? 'the end'}”)`);
  };
  const take = (token: string) => (tokens[at] === token ? (at++, true) : false);
  const value = (): unknown => {
    const token = tokens[at++] ?? fail();
    if (token === '[') {
      const items: unknown[] = [];
      while (!take(']')) {
        // [a, , b] leaves a hole, as JavaScript does; a comma before ] ends the list.
        if (tokens[at] === ',') items.length += 1;
        else items.push(value());
        if (!take(',') && tokens[at] !== ']') fail();
      }
      return items;
    }
    if (token === '{') {
      const record: Record<string, unknown> = {};
      while (!take('}')) {
        const key = tokens[at++] ?? fail();
        const name = /^["']/.test(key) ? unquote(key) : /^-?\d/.test(key) ? String(Number(key)) : key;
        if (!take(':')) fail();
        Object.defineProperty(record, name, { value: value(), enumerable: true, writable: true, configurable: true });
        if (!take(',') && tokens[at] !== '}') fail();
      }
      return record;
    }
    if (/^["']/.test(token)) return unquote(token);
    if (/^-?\d/.test(token)) return Number(token);
    if (token === 'true') return true;
    if (token === 'false') return false;
    if (token === 'null') return null;
    return fail();
  };
  const result = value();
  if (at !== tokens.length) fail();
  return result;
}

/** A JavaScript string literal's text: its escapes read as JavaScript reads them. */
function unquote(token: string): string {
  const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', '0': '\0' };
  return token.slice(1, -1).replace(/\\(u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|.)/g, (_, escape: string, braced?: string, four?: string, two?: string) => {
    const code = braced ?? four ?? two;
    if (code !== undefined) return String.fromCodePoint(parseInt(code, 16));
    return simple[escape] ?? escape;
  });
}
