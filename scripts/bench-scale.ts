/**
 * How the build grows with the site. Benchmarks print; they never assert.
 *
 *   npm run bench:scale -- <copies>             make a site of the real content copied <copies> times, build it,
 *                                               print stories, datasets, pages, charts, build seconds, peak memory
 *   npm run bench:scale -- 30 300               the same for each size, then the cost per copy between sizes
 *   npm run bench:scale -- 30 --runs 3          each size built 3 times; the figures are the medians
 *   npm run bench:scale -- 150 --profile        also a CPU profile of the build (node --cpu-prof): where the time
 *                                               goes (content loading, chart models, chart drawing, page rendering,
 *                                               bundling) and the functions that cost most
 *   npm run bench:scale -- 300 --warm           each measured build starts from the cache folder of an earlier,
 *                                               unmeasured build of the same site (a CI that keeps its cache):
 *                                               what a rebuild costs when no image changed
 *   npm run bench:scale -- 150 --heap           also the V8 heaps of each phase (node --trace-gc: the heap each
 *                                               thread's collector reports, summed over the threads), so that the
 *                                               peak memory splits into JavaScript's heaps and what is outside them
 *                                               (native memory: the bundler's, resvg's, buffers; code; stacks; and
 *                                               child processes, Pagefind's among them)
 *   --keep                                      leave the temporary site (content, dist/, profiles) in place
 *
 * A copy is the site's stories and CSV datasets under new ids: copy 1 is content/ itself, copy k (k ≥ 2) has
 * `<id>-c<k>` for every CSV dataset and every story, its stories naming its own datasets and related stories.
 * Computed datasets, places, sources and corrections are the real site's, once: a copy's story that cites a
 * computed dataset cites the real one. Every copy passes the build's checks, so the build does all its work.
 *
 * Build seconds: `astro build` from start to exit, with a fresh cache folder (as a CI that keeps no cache builds),
 * or with --warm a cache folder filled by an earlier build. PNGs: the PNG files the build wrote (share cards and
 * chart downloads) and how many it drew; the rest came from the cache (src/lib/png.ts), or were the same image
 * asked for twice (copies of a story whose cards show the same chart). Peak memory: the
 * largest sum of resident memory over the build's process tree, read from /proc every 50 ms. The machine's
 * other load makes both noisy: use --runs and compare medians.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { printSplit, profileSplit, type ProfileSplit } from './cpu-profile.ts';

const root = path.resolve(import.meta.dirname, '..');
const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs');

interface Options {
  sizes: number[];
  runs: number;
  profile: boolean;
  keep: boolean;
  warm: boolean;
  heap: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { sizes: [], runs: 1, profile: false, keep: false, warm: false, heap: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--profile') options.profile = true;
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--warm') options.warm = true;
    else if (arg === '--heap') options.heap = true;
    else if (arg === '--runs' || arg.startsWith('--runs=')) options.runs = Number(arg.includes('=') ? arg.slice('--runs='.length) : argv[++i]);
    else if (/^\d+$/.test(arg)) options.sizes.push(Number(arg));
    else throw new Error(`bench:scale: unknown argument ${arg}`);
  }
  if (options.sizes.length === 0 || options.sizes.some((n) => n < 1) || !(options.runs >= 1)) {
    throw new Error('usage: npm run bench:scale -- <copies> [<copies> …] [--runs N] [--warm] [--profile] [--heap] [--keep]');
  }
  return options;
}

/** What a generated site holds, counted from the files written. */
interface SiteMade {
  dir: string;
  content: string;
  stories: number;
  datasets: number;
}

/** `text` with every id of `ids` (whole ids only, not part of a longer one) given the copy's suffix. */
function renamer(ids: Iterable<string>, suffix: string): (text: string) => string {
  const list = [...ids].sort((a, b) => b.length - a.length);
  if (list.length === 0) return (text) => text;
  const pattern = new RegExp(`(?<![a-z0-9-])(${list.map((id) => id.replace(/[-]/g, '\\-')).join('|')})(?![a-z0-9-])`, 'g');
  return (text) => text.replace(pattern, (id) => `${id}${suffix}`);
}

/** The frontmatter's `related:` entry (flow `[a, b]` or a block list), where story ids are named. */
const relatedEntry = /^related:[^\n]*(?:\n[ \t]+-[^\n]*)*/m;

export function makeSite(copies: number, from = path.join(root, 'content')): SiteMade {
  const dir = mkdtempSync(path.join(tmpdir(), `hsd-scale-${copies}-`));
  const content = path.join(dir, 'content');
  const data = path.join(content, 'data');
  const stories = path.join(content, 'stories');
  mkdirSync(data, { recursive: true });
  mkdirSync(stories, { recursive: true });
  for (const name of readdirSync(from)) {
    if (name.endsWith('.yaml') || name.endsWith('.yml')) copyFileSync(path.join(from, name), path.join(content, name));
  }
  const dataNames = readdirSync(path.join(from, 'data'));
  const storyNames = readdirSync(path.join(from, 'stories')).filter((name) => name.endsWith('.mdx'));
  const csvIds = dataNames.filter((name) => name.endsWith('.csv')).map((name) => name.slice(0, -'.csv'.length));
  const slugs = storyNames.map((name) => name.slice(0, -'.mdx'.length));
  // Copy 1: the content as it is.
  for (const name of dataNames) copyFileSync(path.join(from, 'data', name), path.join(data, name));
  for (const name of storyNames) copyFileSync(path.join(from, 'stories', name), path.join(stories, name));
  const computed = dataNames.filter((name) => /\.ya?ml$/.test(name) && !csvIds.includes(name.replace(/\.ya?ml$/, ''))).length;
  const texts = {
    csv: new Map(csvIds.map((id) => [id, readFileSync(path.join(from, 'data', `${id}.csv`), 'utf8')])),
    meta: new Map(csvIds.map((id) => [id, readFileSync(path.join(from, 'data', `${id}.yaml`), 'utf8')])),
    story: new Map(slugs.map((slug) => [slug, readFileSync(path.join(from, 'stories', `${slug}.mdx`), 'utf8')])),
  };
  for (let k = 2; k <= copies; k++) {
    const suffix = `-c${k}`;
    // Dataset ids appear in no registry, so they are renamed wherever they stand; story ids coincide with some
    // source ids, so only the `related:` entry renames them.
    const datasetIds = renamer(csvIds, suffix);
    const storyIds = renamer(slugs, suffix);
    for (const id of csvIds) {
      writeFileSync(path.join(data, `${id}${suffix}.csv`), texts.csv.get(id)!);
      writeFileSync(path.join(data, `${id}${suffix}.yaml`), datasetIds(texts.meta.get(id)!));
    }
    for (const slug of slugs) {
      const text = datasetIds(texts.story.get(slug)!).replace(relatedEntry, (entry) => storyIds(entry));
      writeFileSync(path.join(stories, `${slug}${suffix}.mdx`), text);
    }
  }
  return { dir, content, stories: slugs.length * copies, datasets: csvIds.length * copies + computed };
}

/** Resident memory of a process tree, in bytes, summed over its processes (Linux /proc). */
function treeRss(pid: number): number {
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      total += Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024;
      for (const task of readdirSync(`/proc/${p}/task`)) {
        const children = readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim();
        if (children) stack.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // The process ended between two reads.
    }
  }
  return total;
}

/** Wall-clock phases of `astro build`, from the moments its log lines appear. */
const phaseMarks: [string, RegExp][] = [
  ['content', /\[content\] Syncing content/],
  ['types', /\[content\] Synced content/],
  ['bundling', /\[build\] Building static entrypoints/],
  ['pages', /generating static routes/],
  ['finishing', /\[build\] \d+ page\(s\) built|\[@astrojs\/sitemap\]/],
];

interface BuildRun {
  seconds: number;
  peakBytes: number;
  phases: Record<string, number>;
  /** The peak of each phase, in bytes. */
  phasePeaks: Record<string, number>;
  /** With --heap: the largest sum of the threads' V8 heaps (committed) in each phase, in bytes. */
  phaseHeaps: Record<string, number>;
  output: string;
}

/**
 * One line of `node --trace-gc`: `[pid:0x…] 1033 ms: Mark-Compact 77.4 (126.1) -> 53.1 (195.6) MB, …`. The
 * address names the thread's isolate; the figure in brackets after the arrow is the heap it holds after the
 * collection.
 */
const gcLine = /^\[\d+:(0x[0-9a-f]+)\]\s+\d+ ms: [A-Za-z-]+(?: \([a-z]+\))? [\d.]+ \([\d.]+\) -> [\d.]+ \(([\d.]+)\) MB/;

function build(site: SiteMade, run: number, profileDir?: string, cache?: string, heap = false): Promise<BuildRun> {
  const out = path.join(site.dir, `run-${run}`);
  rmSync(out, { recursive: true, force: true });
  cache ??= path.join(out, 'cache');
  const args = [...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), ...(heap ? ['--trace-gc'] : []), astroBin, 'build'];
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        // A production build needs the site's address (astro.config.mjs); the benchmark's never leaves this machine.
        SITE_URL: process.env.SITE_URL || 'http://localhost:4321',
        ASTRO_TELEMETRY_DISABLED: '1',
        TZ: 'Asia/Shanghai',
        HSD_CONTENT_DIR: site.content,
        HSD_OUT_DIR: path.join(out, 'dist'),
        HSD_CACHE_DIR: cache,
        FORCE_COLOR: '0',
        NO_COLOR: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let peakBytes = 0;
    const marks = new Map<string, number>();
    const phasePeaks: Record<string, number> = {};
    const poll = setInterval(() => {
      const rss = treeRss(child.pid!);
      const phase = [...marks.keys()].at(-1) ?? 'startup';
      peakBytes = Math.max(peakBytes, rss);
      phasePeaks[phase] = Math.max(phasePeaks[phase] ?? 0, rss);
    }, 50);
    let output = '';
    // --heap: each thread's heap as its last collection left it, and the largest sum in each phase.
    const heaps = new Map<string, number>();
    const phaseHeaps: Record<string, number> = {};
    const heapSum = () => [...heaps.values()].reduce((a, b) => a + b, 0);
    // Each stream keeps its own unfinished last line.
    const partial = { stdout: '', stderr: '' };
    const reader = (stream: keyof typeof partial) => (chunk: Buffer) => {
      const text = chunk.toString();
      const now = (performance.now() - start) / 1000;
      for (const [phase, pattern] of phaseMarks) {
        if (marks.has(phase) || !pattern.test(text)) continue;
        marks.set(phase, now);
        // A phase starts with the heaps the last collections left, whether or not one runs in it.
        if (heap) phaseHeaps[phase] = heapSum();
      }
      if (!heap) {
        output += text;
        return;
      }
      const lines = (partial[stream] + text).split('\n');
      partial[stream] = lines.pop()!;
      for (const line of lines) {
        const gc = gcLine.exec(line);
        if (!gc) {
          output += `${line}\n`;
          continue;
        }
        heaps.set(gc[1]!, Number(gc[2]) * 1024 ** 2);
        const phase = [...marks.keys()].at(-1) ?? 'startup';
        phaseHeaps[phase] = Math.max(phaseHeaps[phase] ?? 0, heapSum());
      }
    };
    child.stdout.on('data', reader('stdout'));
    child.stderr.on('data', reader('stderr'));
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      const seconds = (performance.now() - start) / 1000;
      if (code !== 0) return reject(new Error(`astro build failed (${code}) on ${site.content}:\n${output.slice(-4000)}`));
      const phases: Record<string, number> = { startup: marks.get('content') ?? 0 };
      const known = phaseMarks.map(([phase]) => phase).filter((phase) => marks.has(phase));
      known.forEach((phase, i) => (phases[phase] = (i + 1 < known.length ? marks.get(known[i + 1]!)! : seconds) - marks.get(phase)!));
      resolve({ seconds, peakBytes, phases, phasePeaks, phaseHeaps, output: output + partial.stdout + partial.stderr });
    });
  });
}

/** What the build wrote: its HTML pages, story and dataset pages, and the chart figures drawn in them. */
function countBuilt(dist: string): { pages: number; storyPages: number; datasetPages: number; charts: number; pngs: number } {
  let pages = 0;
  let charts = 0;
  let pngs = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.png')) pngs++;
      else if (entry.name.endsWith('.html')) {
        pages++;
        charts += readFileSync(file, 'utf8').match(/<figure\b[^>]*\sdata-chart="/g)?.length ?? 0;
      }
    }
  };
  walk(dist);
  const count = (sub: string) => (existsSync(path.join(dist, sub)) ? readdirSync(path.join(dist, sub), { withFileTypes: true }).filter((e) => e.isDirectory() && existsSync(path.join(dist, sub, e.name, 'index.html'))).length : 0);
  return { pages, storyPages: count('stories'), datasetPages: count('data'), charts, pngs };
}

/** The drawn PNGs in a build's cache folder (src/lib/png.ts keeps one file per image). */
function pngFiles(cache: string): number {
  const dir = path.join(cache, 'png');
  if (!existsSync(dir)) return 0;
  return readdirSync(dir).reduce((sum, folder) => sum + readdirSync(path.join(dir, folder)).filter((name) => name.endsWith('.png')).length, 0);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

interface SizeResult {
  copies: number;
  stories: number;
  datasets: number;
  pages: number;
  charts: number;
  seconds: number;
  peakGB: number;
  /** PNG files written, and how many of them the first measured build drew. */
  pngs: number;
  drawn: number;
  runs: number[];
  phases: Record<string, number>;
  phasePeaks: Record<string, number>;
  /** With --heap, from the first measured build. */
  phaseHeaps?: Record<string, number>;
  split?: ProfileSplit;
}

async function measure(copies: number, options: Options): Promise<SizeResult> {
  const site = makeSite(copies);
  try {
    const runs: BuildRun[] = [];
    let split: ProfileSplit | undefined;
    const warmCache = options.warm ? path.join(site.dir, 'warm-cache') : undefined;
    if (warmCache) await build(site, 0, undefined, warmCache);
    let drawn = 0;
    for (let run = 1; run <= options.runs; run++) {
      const profileDir = options.profile && run === 1 ? path.join(site.dir, 'profile') : undefined;
      const before = warmCache ? pngFiles(warmCache) : 0;
      runs.push(await build(site, run, profileDir, warmCache, options.heap));
      if (run === 1) drawn = warmCache ? Math.max(0, pngFiles(warmCache) - before) : pngFiles(path.join(site.dir, 'run-1', 'cache'));
      if (profileDir) split = profileSplit(profileDir);
    }
    const built = countBuilt(path.join(site.dir, 'run-1', 'dist'));
    if (built.storyPages !== site.stories || built.datasetPages !== site.datasets) {
      throw new Error(`the build of ${copies} copies wrote ${built.storyPages} story and ${built.datasetPages} dataset pages; the site has ${site.stories} and ${site.datasets}`);
    }
    const phases: Record<string, number> = {};
    const phasePeaks: Record<string, number> = {};
    for (const phase of Object.keys(runs[0]!.phases)) {
      phases[phase] = median(runs.map((r) => r.phases[phase] ?? 0));
      phasePeaks[phase] = median(runs.map((r) => r.phasePeaks[phase] ?? 0));
    }
    return {
      copies,
      stories: site.stories,
      datasets: site.datasets,
      pages: built.pages,
      charts: built.charts,
      seconds: median(runs.map((r) => r.seconds)),
      peakGB: median(runs.map((r) => r.peakBytes)) / 1024 ** 3,
      pngs: built.pngs,
      drawn,
      runs: runs.map((r) => r.seconds),
      phases,
      phasePeaks,
      ...(options.heap && { phaseHeaps: runs[0]!.phaseHeaps }),
      ...(split && { split }),
    };
  } finally {
    if (options.keep) console.log(`kept ${site.dir}`);
    else rmSync(site.dir, { recursive: true, force: true });
  }
}

const int = (n: number) => n.toLocaleString('en-US');

function printRow(r: SizeResult, runs: number): void {
  const each = runs > 1 ? `  (runs: ${r.runs.map((s) => s.toFixed(1)).join(', ')})` : '';
  console.log(`| ${r.copies} | ${int(r.stories)} | ${int(r.datasets)} | ${int(r.pages)} | ${int(r.charts)} | ${int(r.pngs)} | ${int(r.drawn)} | ${r.seconds.toFixed(1)} | ${r.peakGB.toFixed(2)} |${each}`);
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const results: SizeResult[] = [];
  console.log(`bench:scale: ${options.sizes.join(', ')} copies, ${options.runs} run(s) each${options.runs > 1 ? ' (medians)' : ''}, ${options.warm ? 'cache folder of an earlier build (--warm)' : 'fresh cache folder'}\n`);
  console.log('| copies | stories | datasets | pages | charts | PNG files | PNGs drawn | build s | peak GB |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const copies of options.sizes) {
    const result = await measure(copies, options);
    results.push(result);
    printRow(result, options.runs);
  }
  console.log("\nphases (wall seconds, from astro's log: startup, content sync, types, bundling, page generation, finishing; each with its peak memory)");
  const gb = (bytes: number | undefined) => `${((bytes ?? 0) / 1024 ** 3).toFixed(2)} GB`;
  for (const r of results) console.log(`  ${String(r.copies).padStart(4)} copies: ${Object.entries(r.phases).map(([phase, s]) => `${phase} ${s.toFixed(1)} s (${gb(r.phasePeaks[phase])})`).join(' · ')}`);
  if (results.some((r) => r.phaseHeaps)) {
    console.log("\nV8 heaps in each phase (the largest sum over the build's threads of the heap each one's collector reports), and what the phase's peak holds outside them: native memory (the bundler's, resvg's, buffers), code, stacks, and child processes (Pagefind's, in finishing)");
    for (const r of results) {
      if (!r.phaseHeaps) continue;
      const parts = Object.keys(r.phases).map((phase) => {
        const v8 = r.phaseHeaps![phase] ?? 0;
        // A phase too short for a memory sample (types, often) has no peak to split.
        if (!r.phasePeaks[phase]) return `${phase} —`;
        return `${phase} ${gb(v8)} of ${gb(r.phasePeaks[phase])} (outside: ${gb(Math.max(0, (r.phasePeaks[phase] ?? 0) - v8))})`;
      });
      console.log(`  ${String(r.copies).padStart(4)} copies: ${parts.join(' · ')}`);
    }
  }
  if (results.length > 1) {
    console.log('\ncost per copy (build seconds and peak memory between two sizes)');
    for (let i = 1; i < results.length; i++) {
      const a = results[i - 1]!;
      const b = results[i]!;
      const n = b.copies - a.copies;
      console.log(`  ${a.copies} → ${b.copies}: ${((b.seconds - a.seconds) / n).toFixed(3)} s per copy, ${(((b.peakGB - a.peakGB) * 1024) / n).toFixed(1)} MB per copy`);
    }
  }
  for (const r of results) {
    if (!r.split) continue;
    console.log(`\nCPU profile of the build at ${r.copies} copies (${r.split.totalSeconds.toFixed(1)} s sampled on the build's JavaScript threads; the bundler's native threads are not sampled and show as idle)`);
    printSplit(r.split);
  }
}

// test/unit/site-index.test.ts builds the indexes over a site made as here, without building it.
if (import.meta.main) await main();
