/**
 * Reads the CPU profiles `node --cpu-prof` writes (one `.cpuprofile` per thread) and says where a build's time
 * went: each sample goes to the most specific kind of work on its stack (a sample under `draw()` is chart
 * drawing even when a page's render called it), and the functions with the most self time are listed.
 *
 *   node scripts/cpu-profile.ts <folder or file.cpuprofile>     prints the split and the top functions
 *
 * `npm run bench:scale -- <copies> --profile` profiles a build and prints this.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Kinds of work, most specific first: a sample goes to the first whose test one of its stack's frames passes. */
const kinds: { name: string; test: (frame: CallFrame) => boolean }[] = [
  { name: '(garbage collector)', test: (f) => f.functionName === '(garbage collector)' },
  { name: '(idle: waiting on I/O or other threads)', test: (f) => f.functionName === '(idle)' },
  { name: '(program: V8 and native code)', test: (f) => f.functionName === '(program)' },
  {
    name: 'chart drawing (draw(): Plot, linkedom → SVG)',
    test: (f) => /\/(@observablehq\/plot|linkedom|htmlparser2)\//.test(f.url) || (f.functionName === 'draw' && /\/charts\/draw\.ts|\.prerender\/|\/chunks\//.test(f.url)),
  },
  {
    name: 'chart and figure models (props → checked data → model)',
    // In the build the modules are bundled into chunks named after their first module (component-models_…, model_…).
    test: (f) =>
      /^(chartModel|buildFigure|bigNumbersModel|dataTableModel|resolveNum|resolvePeriod|findFigure)$/.test(f.functionName) ||
      /\/src\/(charts|inline|calculator|mdx\/component-models)|\/chunks\/(component-models|model|figure)_[\w-]+\.mjs$/.test(f.url),
  },
  {
    name: 'site queries and indexes (src/lib: stories, datasets of a story, related)',
    test: (f) => /^(publishedStories|datasetsOf|relatedStories|siteContent|corrections|getCollection|getEntry|siteIndex|indexSite|storyParts|related|bestShared)$/.test(f.functionName) || /\/src\/lib\//.test(f.url),
  },
  {
    name: 'content loading (loaders, validation, content layer)',
    test: (f) => /\/src\/(loaders|data|check|errors|schemas)\//.test(f.url) || /\/astro\/dist\/content\//.test(f.url) || /\/node_modules\/(yaml|d3-dsv|zod)\//.test(f.url),
  },
  {
    name: 'page rendering (Astro runtime, pages, components, writing files)',
    test: (f) =>
      /\/astro\/dist\/(runtime|core\/render|core\/build\/generate|core\/build\/static-build)|\.prerender\/|\/node_modules\/devalue\//.test(f.url) || f.functionName.startsWith('$$'),
  },
  {
    name: 'bundling (vite, rolldown, MDX compile)',
    test: (f) => /\/node_modules\/(vite|rolldown|@rolldown|satteri|@astrojs\/mdx|@astrojs\/markdown-satteri|esbuild)\//.test(f.url),
  },
];
const other = 'other (start-up, module loading, astro core)';

export interface ProfileSplit {
  /** Seconds sampled, all threads. */
  totalSeconds: number;
  /** Seconds per kind of work, largest first. */
  categories: [string, number][];
  /** The functions with the most self time. */
  topSelf: { seconds: number; name: string; where: string }[];
}

function profileFiles(where: string): string[] {
  if (!statSync(where).isDirectory()) return [where];
  return readdirSync(where)
    .filter((name) => name.endsWith('.cpuprofile'))
    .map((name) => path.join(where, name));
}

const shortUrl = (url: string) => url.replace(/^file:\/\//, '').replace(/^.*\/node_modules\//, '').replace(/^.*\/(\.astro\/|src\/|scripts\/)/, '$1');

export function profileSplit(where: string, top = 25): ProfileSplit {
  const byKind = new Map<string, number>();
  const self = new Map<string, number>();
  let total = 0;
  for (const file of profileFiles(where)) {
    const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const kindOf = new Map<number, string>();
    const kindOfNode = (id: number): string => {
      const known = kindOf.get(id);
      if (known) return known;
      let best = kinds.length;
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const frame = nodes.get(at)!.callFrame;
        const index = kinds.findIndex((kind) => kind.test(frame));
        if (index !== -1 && index < best) best = index;
      }
      const kind = kinds[best]?.name ?? other;
      kindOf.set(id, kind);
      return kind;
    };
    // timeDeltas[i] is the time before sample i: the time of sample i is the gap to the next one.
    for (let i = 0; i < profile.samples.length; i++) {
      const us = profile.timeDeltas[i + 1] ?? 0;
      const id = profile.samples[i]!;
      const frame = nodes.get(id)!.callFrame;
      total += us;
      byKind.set(kindOfNode(id), (byKind.get(kindOfNode(id)) ?? 0) + us);
      const key = `${frame.functionName || '(anonymous)'}\t${frame.url ? `${shortUrl(frame.url)}:${frame.lineNumber + 1}` : ''}`;
      self.set(key, (self.get(key) ?? 0) + us);
    }
  }
  return {
    totalSeconds: total / 1e6,
    categories: [...byKind].sort((a, b) => b[1] - a[1]).map(([kind, us]) => [kind, us / 1e6]),
    topSelf: [...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([key, us]) => {
        const [name, where] = key.split('\t') as [string, string];
        return { seconds: us / 1e6, name, where };
      }),
  };
}

export function printSplit(split: ProfileSplit): void {
  for (const [kind, s] of split.categories) console.log(`  ${kind.padEnd(66)} ${s.toFixed(1).padStart(7)} s ${((100 * s) / split.totalSeconds).toFixed(0).padStart(4)} %`);
  console.log('  functions with the most self time:');
  for (const f of split.topSelf) console.log(`    ${f.seconds.toFixed(2).padStart(7)} s  ${f.name}  ${f.where}`);
}

if (import.meta.main) {
  const where = process.argv[2];
  if (!where) throw new Error('usage: node scripts/cpu-profile.ts <folder or file.cpuprofile>');
  const split = profileSplit(where, Number(process.argv[3] ?? 25));
  console.log(`${split.totalSeconds.toFixed(1)} s sampled`);
  printSplit(split);
}
