import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The layers of src/, bottom to top. A module may import its own folder, any folder of a lower layer, and
 * those folders of its own layer that `peers` lets it; never a higher layer. In `base`, schemas and i18n import
 * no other base folder, errors reads the schemas' vocabulary, format reads both (so no two base folders import
 * each other). The folders of `site` may import each other (the cycle test keeps every folder free of cycles).
 * In `features` none imports another, except that charts may import inline. A top-level file of src/ is named
 * as a folder is.
 */
const layers: readonly { name: string; folders: readonly string[]; peers: 'any' | Readonly<Record<string, readonly string[]>> }[] = [
  { name: 'base', folders: ['schemas', 'i18n', 'errors', 'format'], peers: { schemas: [], i18n: [], errors: ['schemas'], format: ['schemas', 'i18n'] } },
  { name: 'data', folders: ['data'], peers: 'any' },
  { name: 'features', folders: ['charts', 'inline', 'calculator'], peers: { charts: ['inline'] } },
  { name: 'site', folders: ['check', 'editorial', 'mdx', 'loaders', 'lib', 'components', 'layouts', 'pages', 'styles', 'content.config.ts', 'env.d.ts', 'middleware.ts'], peers: 'any' },
];

/**
 * Browser code stands apart from the layers. client/ (and the code of a `<script>` in an .astro file, which
 * is browser code too) may import only these folders, JSON files, and the pure modules of `pureFrom`: those
 * whose run-time imports, followed all the way, reach no Node built-in, no astro module and no .astro file.
 * Nothing imports client/ but a `<script>` in a file under `importedFrom`, and a page of `servedFrom` that reads a
 * client module as text (`?raw`) to serve it as a file of its own, built but never run in the build: the embed
 * code's resize script, /embed/resize.js (src/pages/embed/resize.js.ts).
 */
const client = { folder: 'client', mayImport: ['i18n', 'format'], pureFrom: ['calculator'], importedFrom: 'components', servedFrom: 'pages' } as const;

/** Folders whose code runs the same in a build, in a test and (calculator) in the browser: no astro module. */
const withoutAstro = { folders: ['data', 'charts', 'inline', 'calculator'], except: ['astro/zod'] } as const;

const root = path.resolve(import.meta.dirname, '../..');
const src = path.join(root, 'src');

interface Import {
  specifier: string;
  line: number;
  /** Erased before the code runs: `import type`, `export type`, `import('…').T` in a type. */
  typeOnly: boolean;
  /** Written inside a `<script>` of an .astro file. */
  inScript: boolean;
}

/** Every import of a piece of TypeScript: static, `export … from`, dynamic `import()`, and type imports. */
function importsOfCode(code: string, options: { firstLine?: number; inScript?: boolean } = {}): Import[] {
  const source = ts.createSourceFile('module.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: Import[] = [];
  const add = (specifier: ts.Node | undefined, typeOnly: boolean) => {
    if (!specifier || !ts.isStringLiteralLike(specifier)) return;
    const line = (options.firstLine ?? 1) + source.getLineAndCharacterOfPosition(specifier.getStart(source)).line;
    found.push({ specifier: specifier.text, line, typeOnly, inScript: options.inScript ?? false });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) add(node.moduleSpecifier, node.importClause?.isTypeOnly ?? false);
    else if (ts.isExportDeclaration(node)) add(node.moduleSpecifier, node.isTypeOnly);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) add(node.moduleReference.expression, node.isTypeOnly);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node.arguments[0], false);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal, true);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The imports of an .astro file: its frontmatter's, and those of each `<script>` that holds JavaScript. */
function importsOfAstro(text: string): Import[] {
  const lineAt = (index: number) => text.slice(0, index).split('\n').length;
  const frontmatter = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  const found = frontmatter ? importsOfCode(frontmatter[1]!, { firstLine: lineAt(frontmatter.index + frontmatter[0].indexOf('\n') + 1) }) : [];
  const template = frontmatter ? frontmatter.index + frontmatter[0].length : 0;
  for (const script of text.slice(template).matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(script[1]!)?.[1]?.toLowerCase();
    if (type !== undefined && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
    const body = template + script.index + script[0].indexOf('>') + 1;
    found.push(...importsOfCode(script[2]!, { firstLine: lineAt(body), inScript: true }));
  }
  return found;
}

const codeExtensions = ['.ts', '.mts', '.js', '.mjs'];
/** Files with no imports to read. */
const leafExtensions = ['.json', '.css'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const file = path.join(dir, name);
      return statSync(file).isDirectory() ? filesUnder(file) : [file];
    });
}

/** A file of src/ as messages name it: src/data/dataset.ts. */
const shown = (file: string) => path.relative(root, file).split(path.sep).join('/');
/** Its folder in src/ (or its name, for a file directly in src/): data, charts, content.config.ts. */
const folderOf = (file: string) => path.relative(src, file).split(path.sep)[0]!;

interface Edge extends Import {
  from: string;
  /** The file in src/ it resolves to; undefined for a package or a Node built-in. */
  to?: string;
}

function resolve(from: string, specifier: string): string | undefined {
  const target = path.resolve(path.dirname(from), specifier.replace(/[?#].*$/, ''));
  return [target, ...codeExtensions.map((ext) => target + ext), path.join(target, 'index.ts')].find((file) => {
    try {
      return statSync(file).isFile();
    } catch {
      return false;
    }
  });
}

const files = filesUnder(src);
const unreadable: string[] = [];
const unresolved: string[] = [];
const edges: Edge[] = files.flatMap((file) => {
  const ext = path.extname(file);
  const text = readFileSync(file, 'utf8');
  let imports: Import[] = [];
  if (ext === '.astro') imports = importsOfAstro(text);
  else if (codeExtensions.includes(ext)) imports = importsOfCode(text);
  else if (!leafExtensions.includes(ext)) unreadable.push(shown(file));
  return imports.map((i) => {
    if (!i.specifier.startsWith('.') && !i.specifier.startsWith('/')) return { ...i, from: file };
    const to = resolve(file, i.specifier);
    if (!to) unresolved.push(`${shown(file)}:${i.line} imports ${i.specifier}, which is no file`);
    return { ...i, from: file, to };
  });
});
const inSrc = (edge: Edge): edge is Edge & { to: string } => edge.to !== undefined && edge.to.startsWith(src + path.sep);

const isBuiltin = (specifier: string) => specifier.startsWith('node:') || builtinModules.includes(specifier);
const isAstro = (specifier: string) => specifier === 'astro' || specifier.startsWith('astro/') || specifier.startsWith('astro:');

/** Import cycles: each strongly connected set of files, with one cycle through it (Tarjan, then a search). */
function cycles(nodes: readonly string[], next: (node: string) => readonly string[]): { members: string[]; way: string[] }[] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const connect = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const other of next(node)) {
      if (!index.has(other)) {
        connect(other);
        low.set(node, Math.min(low.get(node)!, low.get(other)!));
      } else if (onStack.has(other)) low.set(node, Math.min(low.get(node)!, index.get(other)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const set: string[] = [];
    for (let member = stack.pop()!; ; member = stack.pop()!) {
      onStack.delete(member);
      set.push(member);
      if (member === node) break;
    }
    if (set.length > 1 || next(node).includes(node)) found.push(set.sort());
  };
  for (const node of nodes) if (!index.has(node)) connect(node);
  // The shortest way back to the set's first file, for the message.
  return found.map((set) => {
    const start = set[0]!;
    const cameFrom = new Map<string, string>();
    const queue = [start];
    while (queue.length > 0) {
      const node = queue.shift()!;
      for (const other of next(node)) {
        if (other === start) {
          const way = [start];
          for (let at = node; at !== start; at = cameFrom.get(at)!) way.splice(1, 0, at);
          return { members: set, way: [...way, start] };
        }
        if (set.includes(other) && !cameFrom.has(other)) {
          cameFrom.set(other, node);
          queue.push(other);
        }
      }
    }
    return { members: set, way: set };
  });
}

const layerOf = (folder: string) => layers.findIndex((layer) => layer.folders.includes(folder));

/** Files of src/ a module loads when it runs: its imports other than type-only ones, followed all the way. */
function runtimeClosure(file: string): Edge[] {
  const seen = new Set([file]);
  const reached: Edge[] = [];
  const queue = [file];
  while (queue.length > 0) {
    const at = queue.shift()!;
    for (const edge of edges) {
      if (edge.from !== at || edge.typeOnly) continue;
      reached.push(edge);
      if (inSrc(edge) && !seen.has(edge.to)) {
        seen.add(edge.to);
        queue.push(edge.to);
      }
    }
  }
  return reached;
}

/** Why a calculator module is not pure (what it reaches at run time that a browser has not), or undefined. */
function impurity(file: string): string | undefined {
  const edge = runtimeClosure(file).find((e) => (e.to === undefined ? isBuiltin(e.specifier) || isAstro(e.specifier) : e.to.endsWith('.astro')));
  return edge && `it loads ${edge.to ? shown(edge.to) : edge.specifier} (from ${shown(edge.from)}:${edge.line})`;
}

const where = (edge: Edge) => `${shown(edge.from)}:${edge.line} imports ${edge.to ? shown(edge.to) : edge.specifier}`;

/** What browser code (client/, a `<script>`) may not import, and why. */
function browserRule(edge: Edge): string | undefined {
  const allowed = `${client.mayImport.join(', ')}, JSON and pure modules of ${client.pureFrom.join(', ')}`;
  if (!inSrc(edge)) return `browser code imports no package (${client.folder}/ and <script> code may import ${allowed})`;
  const folder = folderOf(edge.to);
  if (folder === client.folder || edge.to.endsWith('.json') || (client.mayImport as readonly string[]).includes(folder)) return undefined;
  if ((client.pureFrom as readonly string[]).includes(folder)) {
    const why = impurity(edge.to);
    return why && `browser code imports only pure modules of ${folder}/, and ${shown(edge.to)} is not: ${why}`;
  }
  return `${client.folder}/ and <script> code may import only ${allowed}, not ${folder}/`;
}

/** The rule an import breaks, or undefined. */
function brokenRule(edge: Edge): string | undefined {
  const from = folderOf(edge.from);
  const to = inSrc(edge) ? folderOf(edge.to) : undefined;
  const servedAsText = from === client.servedFrom && edge.specifier.endsWith('?raw');
  if (to === client.folder && from !== client.folder && !(edge.inScript && from === client.importedFrom)) {
    return servedAsText ? undefined : `nothing imports ${client.folder}/ but a <script> in ${client.importedFrom}/ (or a page of ${client.servedFrom}/ as text, ?raw)`;
  }
  if (from === client.folder || edge.inScript) return browserRule(edge);
  if (to === undefined) {
    if ((withoutAstro.folders as readonly string[]).includes(from) && isAstro(edge.specifier) && !(withoutAstro.except as readonly string[]).includes(edge.specifier)) {
      return `${withoutAstro.folders.join(', ')} import no astro module (${withoutAstro.except.join(', ')} excepted)`;
    }
    return undefined;
  }
  if (from === to) return undefined;
  const [fromLayer, toLayer] = [layerOf(from), layerOf(to)];
  if (fromLayer < 0 || toLayer < 0) return `${fromLayer < 0 ? from : to} is in no layer of the table at the top of test/unit/layers.test.ts`;
  if (toLayer > fromLayer) return `layers point down: ${from} (layer ${layers[fromLayer]!.name}) may not import ${to} (layer ${layers[toLayer]!.name}, above it)`;
  if (toLayer === fromLayer) {
    const { peers, name, folders } = layers[fromLayer]!;
    if (peers !== 'any' && !peers[from]?.includes(to)) return `in layer ${name} (${folders.join(', ')}) none imports another${Object.entries(peers).map(([a, b]) => `, except ${a} → ${b.join(', ')}`).join('')}: ${from} may not import ${to}`;
  }
  return undefined;
}

describe('the import reader', () => {
  it('reads static, re-exporting, dynamic and type imports, and no import in a comment or a string', () => {
    const code = [
      "import a from './a.ts';",
      "import type { B } from './b.ts';",
      "import { type C, d } from './c.ts';",
      "import './side-effect.ts';",
      "export { e } from './e.ts';",
      "export type * from './f.ts';",
      '// import nothing from "./comment.ts";',
      "const text = \"import x from './string.ts'\";",
      "const lazy = () => import('./lazy.ts');",
      "type T = import('./type.ts').T;",
    ].join('\n');
    expect(importsOfCode(code).map(({ specifier, line, typeOnly }) => [specifier, line, typeOnly])).toEqual([
      ['./a.ts', 1, false],
      ['./b.ts', 2, true],
      ['./c.ts', 3, false],
      ['./side-effect.ts', 4, false],
      ['./e.ts', 5, false],
      ['./f.ts', 6, true],
      ['./lazy.ts', 9, false],
      ['./type.ts', 10, true],
    ]);
  });

  it('reads an .astro file’s frontmatter and its scripts, not its JSON data blocks', () => {
    const astro = [
      '---',
      "import Chart from './Chart.astro';",
      "import type { Props } from '../charts/props.ts';",
      '---',
      '<Chart />',
      '<script type="application/json" set:html={json}></script>',
      '<script>',
      "  import '../client/charts.ts';",
      '</script>',
    ].join('\n');
    expect(importsOfAstro(astro).map(({ specifier, line, inScript }) => [specifier, line, inScript])).toEqual([
      ['./Chart.astro', 2, false],
      ['../charts/props.ts', 3, false],
      ['../client/charts.ts', 8, true],
    ]);
  });
});

describe('the layer rules', () => {
  const edge = (from: string, to: string, inScript = false): Edge => {
    const external = !to.startsWith('.');
    return { from: path.join(src, from), specifier: to, to: external ? undefined : path.join(src, to), line: 1, typeOnly: false, inScript };
  };
  const verdict = (from: string, to: string, inScript = false) => brokenRule(edge(from, to, inScript)) ?? 'allowed';

  it('let an import point down or stay in its folder, and charts import inline', () => {
    expect(verdict('data/dataset.ts', './schemas/dataset-meta.ts')).toBe('allowed');
    expect(verdict('data/dataset.ts', './data/cells.ts')).toBe('allowed');
    expect(verdict('format/source.ts', './i18n/index.ts')).toBe('allowed');
    expect(verdict('charts/num.ts', './data/provenance.ts')).toBe('allowed');
    expect(verdict('charts/num.ts', './inline/num.ts')).toBe('allowed');
    expect(verdict('pages/index.astro', './lib/content.ts')).toBe('allowed');
    expect(verdict('components/charts/ChartScript.astro', './client/charts.ts', true)).toBe('allowed');
    expect(verdict('pages/embed/resize.js.ts', './client/embed-host.ts?raw')).toBe('allowed');
    expect(verdict('client/heating-bill.ts', './calculator/area-input.ts')).toBe('allowed');
    expect(verdict('client/charts.ts', './i18n/zh-CN.json')).toBe('allowed');
    expect(verdict('data/registry.ts', 'astro/zod')).toBe('allowed');
  });

  it('refuse an import that points up, across the features, into client/, or out of browser code', () => {
    expect(verdict('data/load-all.ts', './lib/content-dir.ts')).toMatch(/^layers point down: data \(layer data\) may not import lib/);
    expect(verdict('schemas/story.ts', './data/units.ts')).toMatch(/^layers point down/);
    expect(verdict('calculator/calculator-model.ts', './charts/props.ts')).toMatch(/none imports another, except charts → inline: calculator may not import charts$/);
    expect(verdict('inline/num.ts', './charts/num.ts')).toMatch(/inline may not import charts$/);
    expect(verdict('lib/content.ts', './client/charts.ts')).toBe('nothing imports client/ but a <script> in components/ (or a page of pages/ as text, ?raw)');
    expect(verdict('layouts/Base.astro', './client/charts.ts', true)).toBe('nothing imports client/ but a <script> in components/ (or a page of pages/ as text, ?raw)');
    expect(verdict('pages/embed/resize.js.ts', './client/embed-host.ts')).toMatch(/^nothing imports client\/ but/);
    expect(verdict('lib/embed.ts', './client/embed-host.ts?raw')).toMatch(/^nothing imports client\/ but/);
    expect(verdict('client/heating-bill.ts', './data/derived/tariffs.ts')).toMatch(/not data\/$/);
    expect(verdict('client/heating-bill.ts', './calculator/calculator-model.ts')).toMatch(/^browser code imports only pure modules of calculator\/, and src\/calculator\/calculator-model.ts is not: it loads /);
    expect(verdict('client/charts.ts', 'd3')).toMatch(/^browser code imports no package/);
    expect(verdict('components/Num.astro', './charts/num.ts', true)).toMatch(/not charts\/$/);
    expect(verdict('data/load-all.ts', 'astro:content')).toBe('data, charts, inline, calculator import no astro module (astro/zod excepted)');
    expect(verdict('charts/figure.ts', 'astro')).toMatch(/import no astro module/);
    expect(verdict('widgets/x.ts', './data/cells.ts')).toMatch(/^widgets is in no layer/);
  });
});

describe('the layers of src/', () => {
  it('reads the imports of every file and resolves every relative one', () => {
    expect(edges.length).toBeGreaterThan(300);
    expect(unreadable, 'files whose imports this test cannot read').toEqual([]);
    expect(unresolved).toEqual([]);
    const unknown = [...new Set(files.map(folderOf))].filter((folder) => folder !== client.folder && layerOf(folder) < 0);
    expect(unknown, 'folders of src/ missing from the layer table at the top of this file').toEqual([]);
  });

  it('has no import cycle (a type-only import counts)', () => {
    const next = new Map<string, string[]>();
    for (const edge of edges.filter(inSrc)) next.set(edge.from, [...new Set([...(next.get(edge.from) ?? []), edge.to])]);
    const found = cycles(files, (file) => next.get(file) ?? []).map(
      ({ members, way }) => `${members.length} files import each other in a cycle, such as ${way.map(shown).join(' → ')}; all of them: ${members.map(shown).join(', ')}`,
    );
    expect(found).toEqual([]);
  });

  it('points down: every import keeps to the layer table, client/ stands apart, and the lower layers import no astro module', () => {
    const broken = edges.flatMap((edge) => {
      const rule = brokenRule(edge);
      return rule ? [`${where(edge)}: ${rule}`] : [];
    });
    expect(broken).toEqual([]);
  });
});
