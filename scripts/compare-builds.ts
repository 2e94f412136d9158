/**
 * `npm run compare:builds -- [<git ref>]` (default `main`): does a change to the project change anything a reader
 * gets? Builds the site from the working tree and from the ref (checked out in a temporary git worktree that
 * shares node_modules), then compares every built file, and prints, per file, whether it is identical, identical
 * but for element ids, or different. `npm run compare:builds -- --dist <before> <after>` compares two builds
 * already made.
 *
 * Element ids of figures (`fig-bar-1x2y3z`, src/format/element-id.ts) are hashes that include the component's MDX
 * line, so a line added above a chart (a frontmatter field) changes them without changing anything else: a
 * page that differs only there is reported as such, its ids renamed in order of appearance before comparing.
 * Exits 1 when a file differs otherwise, or is in one build and not the other.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/** Every file under `dir`, as paths relative to it. */
export function files(dir: string, sub = ''): string[] {
  return readdirSync(path.join(dir, sub)).flatMap((entry) => {
    const relative = path.join(sub, entry);
    return statSync(path.join(dir, relative)).isDirectory() ? files(dir, relative) : [relative];
  });
}

/** The text with each figure id renamed by the order it first appears: fig-1, fig-2, … */
function withoutFigureIds(text: string): string {
  const seen = new Map<string, string>();
  return text.replace(/\bfig-[a-z0-9-]+/g, (id) => {
    if (!seen.has(id)) seen.set(id, `fig-${seen.size + 1}`);
    return seen.get(id)!;
  });
}

/** Builds the site of the project at `project` into `out`, as `npm run build` does. */
function build(project: string, out: string): void {
  const result = spawnSync(process.execPath, [path.join(project, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: project,
    // A production build needs the site's address (astro.config.mjs); both builds get the same.
    env: { SITE_URL: 'http://localhost:4321', ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', TZ: 'Asia/Shanghai', HSD_OUT_DIR: path.join(out, 'dist'), HSD_CACHE_DIR: path.join(out, 'cache') },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`astro build failed in ${project}:\n${result.stdout}${result.stderr}`);
}

export interface Comparison {
  identical: string[];
  /** Files that differ only in figure ids. */
  idsOnly: string[];
  different: string[];
  onlyBefore: string[];
  onlyAfter: string[];
}

export function compareBuilds(before: string, after: string): Comparison {
  const a = new Set(files(before));
  const b = new Set(files(after));
  const result: Comparison = { identical: [], idsOnly: [], different: [], onlyBefore: [...a].filter((f) => !b.has(f)).sort(), onlyAfter: [...b].filter((f) => !a.has(f)).sort() };
  for (const file of [...a].filter((f) => b.has(f)).sort()) {
    const x = readFileSync(path.join(before, file));
    const y = readFileSync(path.join(after, file));
    if (x.equals(y)) result.identical.push(file);
    else if (/\.(html|xml|json|txt|css|js|csv)$/.test(file) && withoutFigureIds(x.toString('utf8')) === withoutFigureIds(y.toString('utf8'))) result.idsOnly.push(file);
    else result.different.push(file);
  }
  return result;
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  let before: string;
  let after: string;
  let cleanup = () => {};
  if (args[0] === '--dist') {
    [before, after] = [path.resolve(args[1]!), path.resolve(args[2]!)];
  } else {
    const ref = args[0] ?? 'main';
    const scratch = mkdtempSync(path.join(tmpdir(), 'hsd-compare-'));
    const tree = path.join(scratch, 'tree');
    execFileSync('git', ['worktree', 'add', '--detach', tree, ref], { cwd: root, stdio: 'ignore' });
    cleanup = () => {
      execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: root, stdio: 'ignore' });
      rmSync(scratch, { recursive: true, force: true });
    };
    try {
      if (!existsSync(path.join(tree, 'node_modules'))) symlinkSync(path.join(root, 'node_modules'), path.join(tree, 'node_modules'));
      console.log(`Building ${ref} and the working tree…`);
      build(tree, path.join(scratch, 'before'));
      build(root, path.join(scratch, 'after'));
    } catch (error) {
      cleanup();
      throw error;
    }
    [before, after] = [path.join(scratch, 'before/dist'), path.join(scratch, 'after/dist')];
  }
  const result = compareBuilds(before, after);
  cleanup();
  const pages = (list: string[]) => list.filter((file) => file.endsWith('.html'));
  console.log(`${result.identical.length} files identical byte for byte (${pages(result.identical).length} pages).`);
  console.log(`${result.idsOnly.length} files identical but for figure ids (${pages(result.idsOnly).length} pages)${result.idsOnly.length ? `: ${result.idsOnly.join(', ')}` : ''}.`);
  for (const [label, list] of [['different', result.different], ['only in the first build', result.onlyBefore], ['only in the second build', result.onlyAfter]] as const) {
    if (list.length > 0) console.log(`${list.length} files ${label}: ${list.join(', ')}`);
  }
  process.exitCode = result.different.length + result.onlyBefore.length + result.onlyAfter.length > 0 ? 1 : 0;
}
