import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition } from 'satteri';
import { editorError } from '../errors/messages.ts';
import { displayPath } from '../data/content-dir.ts';
import { charts } from '../charts/index.ts';
import type { Registry } from '../charts/registry.ts';
import { ChartIds } from './chart-ids.ts';
import { editorComponents } from './components.ts';

type JsxNode = {
  name: string | null;
  attributes: readonly unknown[];
  position?: { start: { line: number; column: number } };
};

/**
 * MDX plugin: tells each editor component where it stands, as a `__source="file:line:column"` prop, so a
 * chart that names a missing dataset or column fails the build pointing at the line to fix. Also turns a
 * misspelt component name into such an error, instead of MDX's generic "component not defined". A chart type
 * (src/charts/index.ts) becomes `<Chart __chart="…">`, the one component that draws every type, with its
 * stable id in the story as `__id` (src/mdx/chart-ids.ts). A factory: satteri calls it once per document, so
 * each story counts its own charts.
 */
export const sourceLocation = (): MdastPluginDefinition => {
  const ids = new ChartIds();
  return {
    name: 'hsd-source-location',
    options: { position: true },
    mdxJsxFlowElement: (node, ctx) => locate(node as unknown as JsxNode, ctx, ids),
    mdxJsxTextElement: (node, ctx) => locate(node as unknown as JsxNode, ctx, ids),
  } as MdastPluginDefinition;
};

type Attribute = { type: string; name?: string; value?: unknown };

function locate(node: JsxNode, ctx: { fileURL: URL | undefined; replaceNode: (node: never, replacement: never) => void }, ids: ChartIds): void {
  if (!node.name || !/^[A-Z]/.test(node.name)) return;
  const file = ctx.fileURL ? displayPath(fileURLToPath(ctx.fileURL)) : '（未知文件）';
  const start = node.position?.start;
  if (!editorComponents.includes(node.name)) {
    throw editorError('component-unknown', { file, line: start?.line, column: start?.column }, { found: `<${node.name}>`, components: editorComponents });
  }
  const named = chartsRename(charts, node) ?? node;
  if (!start && named === node) return;
  const added: Attribute[] = start ? [{ type: 'mdxJsxAttribute', name: '__source', value: `${file}:${start.line}:${start.column}` }] : [];
  if (named !== node) {
    const written = (name: string) => (node.attributes as Attribute[]).find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
    const id = ids.next({ component: node.name, dataset: written('dataset'), id: written('id'), file, line: start?.line, column: start?.column });
    added.push({ type: 'mdxJsxAttribute', name: '__id', value: id });
  }
  ctx.replaceNode(node as never, { ...named, attributes: [...named.attributes, ...added] } as never);
}

/** A chart type's element as `<Chart __chart="BarChart" …>`, the one component that draws them all; else undefined. */
export function chartsRename<T extends JsxNode>(registry: Registry, node: T): T | undefined {
  if (!node.name || !registry.byComponent(node.name)) return undefined;
  return { ...node, name: 'Chart', attributes: [{ type: 'mdxJsxAttribute', name: '__chart', value: node.name }, ...node.attributes] };
}
