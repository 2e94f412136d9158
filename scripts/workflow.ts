/**
 * Runs the newsroom's GitHub workflow (.github/workflows/deploy.yml) on this machine as a GitHub runner would
 * run it, as far as a machine without GitHub can: the closest this workspace comes to seeing it pass there.
 *
 *   npm run ci:workflow                         the test job, then the build job, each on a fresh clone of HEAD
 *   npm run ci:workflow -- --job build          one job
 *   npm run ci:workflow -- --var HSD_REPORTS_DIR=../shared/source-reports
 *                                               a repository variable (unset variables are empty, as on GitHub)
 *   npm run ci:workflow -- --origin https://heat.example.org --base-path /desk
 *                                               what actions/configure-pages answers (default: a project site,
 *                                               https://newsroom.github.io and /heating-season-data-desk)
 *   --keep                                      leave the runner's folder in place
 *
 * What is the runner's, and what stands in for it:
 * - Each job gets its own fresh clone of the committed HEAD (uncommitted changes are not in it, as they would
 *   not be on GitHub), in a folder with nothing beside it: no ../shared, no source archive.
 * - Every `run:` step runs as GitHub runs it: `bash --noprofile --norc -eo pipefail`, in the clone, with the
 *   variables a runner sets (CI=true, GITHUB_ACTIONS=true, GITHUB_OUTPUT, GITHUB_ENV, GITHUB_SHA, …), the
 *   step's `env:` and the `${{ … }}` expressions filled in. Nothing of this project's own shell reaches it: no
 *   HSD_* or SITE_URL setting, no npm_* variable, no node_modules/.bin on PATH.
 * - The actions (`uses:`) cannot run here. actions/checkout is the clone; actions/setup-node puts this
 *   machine's Node of the asked major version first on PATH (this script runs on the project's node@24);
 *   actions/configure-pages answers --origin and --base-path; actions/cache restores nothing (a first run);
 *   actions/upload-pages-artifact checks that its folder holds a site; actions/deploy-pages is not run.
 * - What GitHub's Ubuntu image has and this machine may not: `sudo` (a runner's user has it; here, as root,
 *   a stand-in that runs the command) and `google-chrome` (here, Debian's Chromium stands in, if installed).
 *
 * A step that fails stops its job, and the script exits with 1. An expression, action or key it does not
 * know is an error, never skipped: what it cannot run as the runner would, it says.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { files } from './compare-builds.ts';

export interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string | number | boolean>;
  env?: Record<string, string>;
}
export interface Job {
  needs?: string | string[];
  'runs-on'?: string;
  steps: Step[];
  [key: string]: unknown;
}
export interface Workflow {
  env?: Record<string, string>;
  jobs: Record<string, Job>;
}

/** What `${{ … }}` can read: repository variables, earlier steps' outputs, the run's commit. */
export interface Context {
  vars: Readonly<Record<string, string>>;
  steps: Readonly<Record<string, { outputs: Record<string, string> }>>;
  github: Readonly<Record<string, string>>;
}

/**
 * `text` with each `${{ name.path }}` replaced as GitHub replaces it: a repository variable or a step's output
 * that is not there is the empty string. Anything but a plain property path is refused.
 */
export function expand(text: string, context: Context): string {
  return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expression: string) => {
    let match: RegExpExecArray | null;
    if ((match = /^vars\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(expression))) return context.vars[match[1]!] ?? '';
    if ((match = /^steps\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)$/.exec(expression))) return context.steps[match[1]!]?.outputs[match[2]!] ?? '';
    if ((match = /^github\.([a-z_]+)$/.exec(expression)) && match[1]! in context.github) return context.github[match[1]!]!;
    throw new Error(`ci:workflow cannot fill in \${{ ${expression} }}: it knows vars.*, steps.<id>.outputs.* and github.${Object.keys(context.github).join(', github.')}`);
  });
}

/** The `name=value` lines and `name<<DELIMITER … DELIMITER` blocks a step wrote to GITHUB_OUTPUT or GITHUB_ENV. */
export function parseCommandFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const block = /^([^=<]+)<<(.+)$/.exec(line);
    if (block) {
      const end = lines.indexOf(block[2]!, i + 1);
      if (end < 0) throw new Error(`ci:workflow: "${line}" opens a block that no "${block[2]}" line closes`);
      values[block[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`ci:workflow: "${line}" is neither name=value nor name<<DELIMITER`);
    values[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return values;
}

/** How each action is stood in for here. */
export const actions = ['actions/checkout', 'actions/setup-node', 'actions/configure-pages', 'actions/cache', 'actions/upload-pages-artifact', 'actions/deploy-pages'] as const;
export type Action = (typeof actions)[number];

/** The action a `uses:` names, or an error for one this script cannot stand in for. */
export function actionOf(uses: string): Action {
  const name = uses.replace(/@[^@]+$/, '');
  if (!(actions as readonly string[]).includes(name)) throw new Error(`ci:workflow cannot stand in for ${uses}: it knows ${actions.join(', ')}`);
  return name as Action;
}

const knownJobKeys = new Set(['needs', 'runs-on', 'steps', 'environment']);
const knownStepKeys = new Set(['id', 'name', 'uses', 'run', 'with', 'env']);

/** The jobs in an order that runs each after those it needs; an unknown key (`if:`, `shell:`, …) is an error. */
export function jobOrder(workflow: Workflow): string[] {
  const order: string[] = [];
  const visit = (name: string, seen: string[]) => {
    if (order.includes(name)) return;
    if (seen.includes(name)) throw new Error(`ci:workflow: jobs need each other: ${[...seen, name].join(' → ')}`);
    const job = workflow.jobs[name];
    if (!job) throw new Error(`ci:workflow: no job ${name}`);
    for (const key of Object.keys(job)) if (!knownJobKeys.has(key)) throw new Error(`ci:workflow does not run the job key "${key}" (job ${name})`);
    for (const step of job.steps) for (const key of Object.keys(step)) if (!knownStepKeys.has(key)) throw new Error(`ci:workflow does not run the step key "${key}" (job ${name}, step ${step.name ?? step.id ?? step.uses ?? step.run})`);
    for (const need of [job.needs ?? []].flat()) visit(need, [...seen, name]);
    order.push(name);
  };
  for (const name of Object.keys(workflow.jobs)) visit(name, []);
  return order;
}

// ——— running it ———

const root = path.resolve(import.meta.dirname, '..');

interface Options {
  jobs: string[];
  vars: Record<string, string>;
  origin: string;
  basePath: string;
  keep: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { jobs: [], vars: {}, origin: 'https://newsroom.github.io', basePath: '/heating-season-data-desk', keep: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`ci:workflow: ${arg} needs a value`);
      return next;
    };
    if (arg === '--job') options.jobs.push(value());
    else if (arg === '--var') {
      const [name, ...rest] = value().split('=');
      if (!name || rest.length === 0) throw new Error('ci:workflow: --var NAME=VALUE');
      options.vars[name] = rest.join('=');
    } else if (arg === '--origin') options.origin = value();
    else if (arg === '--base-path') options.basePath = value();
    else if (arg === '--keep') options.keep = true;
    else throw new Error(`ci:workflow: unknown argument ${arg}`);
  }
  return options;
}

function git(args: string[], cwd = root): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

function which(command: string, PATH: string): string | undefined {
  for (const dir of PATH.split(':')) {
    const file = path.join(dir, command);
    if (dir && existsSync(file)) return file;
  }
  return undefined;
}

/** The environment a runner's step starts from: this machine's, without this project's settings or npm's. */
function runnerEnv(runner: string, shims: string, sha: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value === undefined || /^(HSD_|npm_|NPM_|npm$|INIT_CWD$|SITE_URL$|BASE_PATH$|NODE_ENV$|NODE$|CHROMIUM_PATH$|CI$|GITHUB_|RUNNER_|VITEST|FORCE_COLOR$)/.test(name)) continue;
    env[name] = value;
  }
  env.PATH = [shims, ...(process.env.PATH ?? '').split(':').filter((dir) => dir && !dir.includes('node_modules'))].join(':');
  Object.assign(env, {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_SHA: sha,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: 'push',
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: path.join(runner, 'temp'),
  });
  return env;
}

/** Stand-ins for what GitHub's Ubuntu image has: `sudo`, `google-chrome`. */
function writeShims(shims: string, PATH: string): string[] {
  mkdirSync(shims, { recursive: true });
  const said: string[] = [];
  const shim = (name: string, body: string) => {
    const file = path.join(shims, name);
    writeFileSync(file, `#!/usr/bin/env bash\n${body}\n`);
    chmodSync(file, 0o755);
  };
  if (!which('sudo', PATH)) {
    if (process.getuid?.() !== 0) throw new Error('ci:workflow: the workflow runs sudo, which this machine lacks, and this user is not root');
    shim('sudo', 'exec "$@"');
    said.push('sudo: not on this machine; as root, a stand-in runs the command itself');
  }
  if (!which('google-chrome', PATH)) {
    const chromium = which('chromium', PATH) ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
    if (chromium) {
      shim('google-chrome', `exec ${chromium} "$@"`);
      said.push(`google-chrome: the runner image's Chrome; here ${chromium} stands in`);
    } else said.push('google-chrome: neither Chrome nor Chromium is on this machine; the browser tests will say so');
  }
  return said;
}

/** How many files a folder holds, and their bytes. */
function filesIn(dir: string): { files: number; bytes: number } {
  const all = files(dir);
  return { files: all.length, bytes: all.reduce((sum, file) => sum + statSync(path.join(dir, file)).size, 0) };
}

interface StepResult {
  job: string;
  step: string;
  how: string;
  seconds: number;
  ok: boolean;
}

function runJob(name: string, job: Job, workflow: Workflow, options: Options, runner: string, sha: string, results: StepResult[], notes: string[]): boolean {
  const workspace = path.join(runner, name, 'work', path.basename(root));
  const shims = path.join(runner, name, 'bin');
  mkdirSync(path.join(runner, 'temp'), { recursive: true });
  let env = runnerEnv(runner, shims, sha);
  for (const line of writeShims(shims, env.PATH!)) if (!notes.includes(line)) notes.push(line);
  const steps: Record<string, { outputs: Record<string, string> }> = {};
  const context: Context = { vars: options.vars, steps, github: { sha, ref: 'refs/heads/main', event_name: 'push' } };
  const commandFile = (kind: string, index: number) => path.join(runner, name, `${kind}-${index}`);
  for (const [index, step] of job.steps.entries()) {
    const label = step.name ?? step.uses ?? step.run!.split('\n')[0]!;
    console.log(`\n── ${name} · ${label}`);
    const start = performance.now();
    let how: string;
    let ok = true;
    const withs = Object.fromEntries(Object.entries(step.with ?? {}).map(([key, value]) => [key, expand(String(value), context)]));
    if (step.uses) {
      const action = actionOf(step.uses);
      if (action === 'actions/checkout') {
        git(['clone', '--quiet', '--no-local', root, workspace]);
        git(['checkout', '--quiet', '--detach', sha], workspace);
        how = `a fresh clone of ${sha.slice(0, 7)}, nothing beside it`;
      } else if (action === 'actions/setup-node') {
        const major = Number(withs['node-version']);
        if (Number(process.versions.node.split('.')[0]) !== major) throw new Error(`ci:workflow: the job asks for Node ${major}; run this script with it (npm run uses the project's node@24)`);
        const node = path.join(shims, 'node');
        writeFileSync(node, `#!/usr/bin/env bash\nexec ${process.execPath} "$@"\n`);
        chmodSync(node, 0o755);
        how = `Node ${process.versions.node} first on PATH (the runner downloads ${major}.x)${withs.cache ? `; no ${withs.cache} cache restored (a first run)` : ''}`;
      } else if (action === 'actions/configure-pages') {
        steps[step.id ?? ''] = { outputs: { origin: options.origin, base_path: options.basePath, base_url: `${options.origin}${options.basePath}`, host: new URL(options.origin).host } };
        how = `answers origin ${options.origin}, base_path ${options.basePath || '(none)'}`;
      } else if (action === 'actions/cache') {
        how = `restores nothing for ${withs.path} (key ${withs.key}): a first run`;
      } else if (action === 'actions/upload-pages-artifact') {
        const dir = path.join(workspace, withs.path ?? '_site');
        ok = existsSync(path.join(dir, 'index.html'));
        const held = ok ? filesIn(dir) : { files: 0, bytes: 0 };
        how = ok ? `${withs.path}/ holds a site: ${held.files.toLocaleString('en-US')} files, ${(held.bytes / 1024 ** 2).toFixed(1)} MB` : `${withs.path}/index.html is not there`;
      } else {
        how = 'not run: it needs GitHub Pages';
      }
    } else {
      const outputs = commandFile('output', index);
      const envFile = commandFile('env', index);
      writeFileSync(outputs, '');
      writeFileSync(envFile, '');
      const script = commandFile('step', index) + '.sh';
      writeFileSync(script, expand(step.run!, context));
      const stepEnv = { ...env, ...Object.fromEntries(Object.entries({ ...workflow.env, ...step.env }).map(([key, value]) => [key, expand(String(value), context)])), GITHUB_OUTPUT: outputs, GITHUB_ENV: envFile, GITHUB_WORKSPACE: workspace };
      const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: workspace, env: stepEnv, stdio: 'inherit' });
      ok = result.status === 0;
      if (step.id) steps[step.id] = { outputs: parseCommandFile(readFileSync(outputs, 'utf8')) };
      env = { ...env, ...parseCommandFile(readFileSync(envFile, 'utf8')) };
      how = ok ? 'ran' : `failed (exit ${result.status ?? result.signal})`;
    }
    const seconds = (performance.now() - start) / 1000;
    results.push({ job: name, step: label, how, seconds, ok });
    console.log(`── ${ok ? 'ok' : 'FAILED'} (${seconds.toFixed(1)} s): ${how}`);
    if (!ok) return false;
  }
  return true;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const file = path.join(root, '.github/workflows/deploy.yml');
  const workflow = parse(readFileSync(file, 'utf8')) as Workflow;
  const order = jobOrder(workflow);
  const jobs = options.jobs.length ? options.jobs : order.filter((name) => name !== 'deploy');
  for (const name of jobs) if (!workflow.jobs[name]) throw new Error(`ci:workflow: no job ${name} in ${path.relative(root, file)} (jobs: ${order.join(', ')})`);
  const sha = git(['rev-parse', 'HEAD']);
  if (git(['status', '--porcelain'])) console.log('ci:workflow: the working tree has uncommitted changes; the runner sees only the commit.');
  const runner = mkdtempSync(path.join(tmpdir(), 'hsd-runner-'));
  const results: StepResult[] = [];
  const notes: string[] = [];
  let ok = true;
  try {
    for (const name of order.filter((job) => jobs.includes(job))) {
      if (!runJob(name, workflow.jobs[name]!, workflow, options, runner, sha, results, notes)) {
        ok = false;
        break;
      }
    }
  } finally {
    if (options.keep) console.log(`\nkept ${runner}`);
    else rmSync(runner, { recursive: true, force: true });
  }
  console.log(`\nci:workflow: ${path.relative(root, file)} at ${sha.slice(0, 7)}, jobs ${order.filter((job) => jobs.includes(job)).join(' → ')}`);
  console.log('| job | step | how | s |');
  console.log('|---|---|---|---|');
  for (const r of results) console.log(`| ${r.job} | ${r.step.replace(/\|/g, '\\|')} | ${r.ok ? '' : 'FAILED: '}${r.how.replace(/\|/g, '\\|')} | ${r.seconds.toFixed(1)} |`);
  for (const note of notes) console.log(`- ${note}`);
  const skipped = order.filter((job) => !jobs.includes(job));
  if (skipped.length) console.log(`- jobs not run: ${skipped.map((job) => (options.jobs.length ? `${job} (not asked for)` : `${job} (its one action, deploy-pages, needs GitHub Pages; --job ${job} shows it)`)).join(', ')}`);
  console.log(ok ? '\nci:workflow: every step passed (the actions as stood in for above)' : '\nci:workflow: a step failed');
  if (!ok) process.exitCode = 1;
}

if (import.meta.main) await main();
