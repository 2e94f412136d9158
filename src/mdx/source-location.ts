import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition } from 'satteri';
import { editorError } from '../errors/messages.ts';
import { displayPath } from '../lib/content-dir.ts';
import { editorComponents } from './components.ts';

type JsxNode = {
  name: string | null;
  attributes: readonly unknown[];
  position?: { start: { line: number; column: number } };
};

/**
 * MDX plugin: tells each editor component where it stands, as a `__source="file:line:column"` prop, so a
 * chart that names a missing dataset or column fails the build pointing at the line to fix. Also turns a
 * misspelt component name into such an error, instead of MDX's generic "component not defined".
 */
export const sourceLocation: MdastPluginDefinition = {
  name: 'hsd-source-location',
  options: { position: true },
  mdxJsxFlowElement: (node, ctx) => locate(node as unknown as JsxNode, ctx),
  mdxJsxTextElement: (node, ctx) => locate(node as unknown as JsxNode, ctx),
} as MdastPluginDefinition;

function locate(node: JsxNode, ctx: { fileURL: URL | undefined; replaceNode: (node: never, replacement: never) => void }): void {
  if (!node.name || !/^[A-Z]/.test(node.name)) return;
  const file = ctx.fileURL ? displayPath(fileURLToPath(ctx.fileURL)) : '（未知文件）';
  const start = node.position?.start;
  if (!(editorComponents as readonly string[]).includes(node.name)) {
    throw editorError('component-unknown', { file, line: start?.line, column: start?.column }, { found: `<${node.name}>` });
  }
  if (!start) return;
  const attribute = { type: 'mdxJsxAttribute', name: '__source', value: `${file}:${start.line}:${start.column}` };
  ctx.replaceNode(node as never, { ...node, attributes: [...node.attributes, attribute] } as never);
}
