import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition } from 'satteri';
import { EditorError } from '../errors/editor-error.ts';
import { displayPath } from '../data/content-dir.ts';
import { editorComponents } from './components.ts';

type Position = { start: { line: number; column: number } };
type Attribute = { type: 'mdxJsxAttribute'; name: string; value?: string | { type: string; value: string } | null } | { type: 'mdxJsxExpressionAttribute'; value: string };
type JsxNode = { name: string | null; attributes: readonly Attribute[]; position?: Position };
type Context = { fileURL: URL | undefined };

/**
 * MDX plugin: a story is Markdown and editor components, nothing that runs. MDX would otherwise let any
 * contributor put live markup or code into a page or into the build: a `<script>` or an `onerror=` in the
 * story body, a `[link](javascript:…)`, an `import`, a `{…}` expression evaluated at build time (it can read
 * the build's environment into the page). Each is refused with an editor error at its line. Component props
 * stay data: text, numbers and the `[{ … }]` lists and records that `annotations` and `items` take.
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
    fail(ctx, position, {
      where: '正文',
      found: value.split('\n')[0]!,
      expected: '不含 import 或 export 的正文（组件直接写，不需要 import）',
      fix: '删掉这一行。',
    });
  },
  link: (node, ctx) => checkUrl(node as unknown as { url: string; position?: Position }, ctx, '链接'),
  image: (node, ctx) => checkUrl(node as unknown as { url: string; position?: Position }, ctx, '图片'),
  definition: (node, ctx) => checkUrl(node as unknown as { url: string; position?: Position }, ctx, '链接'),
} as MdastPluginDefinition;

function fail(ctx: Context, position: Position | undefined, details: { where: string; found: string; expected: string; fix: string }): never {
  const file = ctx.fileURL ? displayPath(fileURLToPath(ctx.fileURL)) : '（未知文件）';
  throw new EditorError({ file, line: position?.start.line, column: position?.start.column, ...details });
}

function checkElement(node: JsxNode, ctx: Context): void {
  if (!node.name || !/^[A-Z]/.test(node.name)) {
    fail(ctx, node.position, {
      where: 'HTML 标签',
      found: `<${node.name ?? ''}>`,
      expected: `Markdown 文字或编辑组件（${editorComponents.map((name) => `<${name}>`).join('、')}），正文里不写 HTML 标签`,
      fix: '删掉这个标签：小标题、粗体、列表和链接用 Markdown 写（## 小标题、**粗体**、- 列表、[文字](https://…)），数字和图表用组件。',
    });
  }
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      fail(ctx, node.position, { where: `<${node.name}> 的属性`, found: `{${attribute.value}}`, expected: '名字="值" 这样的属性', fix: '把 {...} 换成逐个写出的属性。' });
    }
    const value = attribute.value;
    if (value && typeof value === 'object' && !isLiteral(value.value)) {
      fail(ctx, node.position, {
        where: `<${node.name}> 的属性“${attribute.name}”`,
        found: `{${value.value}}`,
        expected: '由文字、数字、[ ] 和 { } 写成的值（属性里不写 JavaScript）',
        fix: '只写 annotations={[{ x: "…", label: "…" }]} 这样的值；数字从数据集引用，不要计算。',
      });
    }
  }
}

function refuseExpression(node: { value: string; position?: Position }, ctx: Context): void {
  fail(ctx, node.position, {
    where: '正文',
    found: `{${node.value}}`,
    expected: '文字（正文里不写 {…} 表达式）',
    fix: '要写花括号本身，在前面加反斜杠：\\{；正文里的数字用 <Num> 从数据集引用。',
  });
}

/** Addresses a reader's browser opens as a page, not as script: the web, mail, and the site's own paths. */
function checkUrl(node: { url: string; position?: Position }, ctx: Context, what: string): void {
  // Browsers ignore control characters and spaces inside a scheme (java\tscript:), so compare without them.
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(node.url.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();
  if (scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto') return;
  fail(ctx, node.position, {
    where: what,
    found: node.url,
    expected: '以 https:// 或 http:// 开头的网址，或本站的路径（如 /data/）',
    fix: `改成要链接的网页的地址；“${scheme}:”的地址会在读者的浏览器里执行或打开本地内容，不能用。`,
  });
}

/**
 * Whether an attribute's `{…}` is plain data: strings, numbers, true/false/null, in arrays and objects whose
 * keys may be bare names. No calls, no variables, no templates, no operators.
 */
export function isLiteral(source: string): boolean {
  const token = /\s+|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|-?\d+(?:\.\d+)?|[A-Za-z_$][\w$]*|[[\]{},:]/y;
  const tokens: string[] = [];
  for (let at = 0; at < source.length; ) {
    token.lastIndex = at;
    const match = token.exec(source);
    if (!match) return false;
    if (match[0].trim() !== '') tokens.push(match[0]);
    at = token.lastIndex;
  }
  return tokens.every((text, index) => !/^[A-Za-z_$]/.test(text) || ['true', 'false', 'null'].includes(text) || tokens[index + 1] === ':');
}
