import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '../../src/data/content-dir.ts';
import { reportsArchive } from '../../src/editorial/source-reports.ts';
import { expect } from 'vitest';
import { buildSite, root } from './build.ts';

/**
 * docs/EDITING.md, followed step by step in a scratch copy of content/, as an editor follows it: its commands run
 * (the project's own scripts, over the copy), its files written, its line deleted, what it says a command prints
 * compared with what the command printed. The steps are read from the page itself, so the page cannot drift from
 * what the commands do: every code block of the page must be one of these steps.
 *
 * - a `sh` block: commands, one per line (`npm run …`, after any `NAME=value` settings for it);
 * - a `text` block right after it: lines the last of those commands prints, in order (a line `…` stands for any
 *   lines; a line ending in `…` is compared up to it; runs of white space and the time a check took not compared);
 * - a block after a line `新建文件 \`path\`：` or `改写文件 \`path\`：`: the whole file;
 * - a block after a line ending `在 \`path\` 里删掉这一行：`: the line to delete from that file.
 */
export const editingDoc = path.join(root, 'docs/EDITING.md');

export type Step =
  | { kind: 'run'; line: number; commands: string[]; output?: string[] }
  | { kind: 'write'; line: number; file: string; text: string }
  | { kind: 'delete-line'; line: number; file: string; text: string };

/** The steps of the page, in order. An unclassified code block is an error: the page must stay followable. */
export function walkthroughSteps(markdown: string): Step[] {
  const lines = markdown.split('\n');
  const steps: Step[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const open = /^```(\w*)\s*$/.exec(lines[index]!);
    if (!open) continue;
    const start = index;
    const body: string[] = [];
    for (index += 1; index < lines.length && lines[index] !== '```'; index += 1) body.push(lines[index]!);
    const before = lines.slice(0, start).reverse().find((line) => line.trim() !== '') ?? '';
    const file = /(?:^(?:新建|改写)文件|在) `([^`]+)`(?: 里删掉这一行)?：$/.exec(before);
    const at = start + 1;
    if (open[1] === 'sh') steps.push({ kind: 'run', line: at, commands: body.filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#')) });
    else if (open[1] === 'text') {
      const last = steps.at(-1);
      if (last?.kind !== 'run' || last.output) throw new Error(`docs/EDITING.md:${at}: a text block must follow the sh block whose output it shows`);
      last.output = body;
    } else if (file && /删掉这一行：$/.test(before)) steps.push({ kind: 'delete-line', line: at, file: file[1]!, text: body.join('\n') });
    else if (file) steps.push({ kind: 'write', line: at, file: file[1]!, text: `${body.join('\n')}\n` });
    else throw new Error(`docs/EDITING.md:${at}: a \`\`\`${open[1]} block that is no step (a command, its output, a file to write or a line to delete)`);
  }
  return steps;
}

/** A command line split as a shell splits it: words, "quoted words". */
function words(command: string): string[] {
  return [...command.matchAll(/"([^"]*)"|(\S+)/g)].map(([, quoted, plain]) => quoted ?? plain!);
}

/** A command line as its settings (`SITE_URL=… npm run build`) and the command itself. */
export function commandOf(line: string): { settings: Record<string, string>; words: string[] } {
  const all = words(line);
  const first = all.findIndex((word) => !/^[A-Z_]+=/.test(word));
  const settings = Object.fromEntries(all.slice(0, first).map((word) => [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)]));
  return { settings, words: all.slice(first) };
}

export interface Ran {
  step: Step;
  command: string;
  /** What it printed, stdout and stderr; undefined when it was not run here (npm run dev). */
  output?: string;
  code?: number;
  skipped?: string;
}

export interface Walkthrough {
  /** The scratch folder: the editor's project folder, its content/ a copy of the project's. */
  dir: string;
  content: string;
  ran: Ran[];
}

/**
 * Follows the page in `dir` (emptied first, content/ copied in). `build` runs `npm run build` as the fixture sites
 * build (test/support/build.ts), with the page's settings; without it, the build is left out. `npm run dev` is
 * never run here (the dev project's tests follow it); `npm run quotes` and `npm run check:stories` run against the
 * archive HSD_REPORTS_DIR names where the tests run (the page names where this workspace keeps it), and are left
 * out, with the reason, where it is not set.
 */
export async function followWalkthrough(dir: string, options: { build?: string } = {}): Promise<Walkthrough> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const content = path.join(dir, 'content');
  cpSync(path.join(root, 'content'), content, { recursive: true });
  const archive = reportsArchive(root);
  const ran: Ran[] = [];
  const node = (script: string, args: string[], cwd: string, settings: Record<string, string> = {}) => {
    const { HSD_CONTENT_DIR: _theirs, ...inherited } = process.env;
    const env = { ...inherited, ...settings, TZ: 'Asia/Shanghai', NO_COLOR: '1', FORCE_COLOR: '0' };
    const result = spawnSync(process.execPath, [path.join(root, 'scripts', script), ...args], { cwd, env, encoding: 'utf8' });
    return { output: `${result.stdout}${result.stderr}`, code: result.status ?? 1 };
  };
  for (const step of walkthroughSteps(readFileSync(editingDoc, 'utf8'))) {
    if (step.kind === 'write') {
      mkdirSync(path.dirname(path.join(dir, step.file)), { recursive: true });
      writeFileSync(path.join(dir, step.file), step.text);
      continue;
    }
    if (step.kind === 'delete-line') {
      const file = path.join(dir, step.file);
      const text = readFileSync(file, 'utf8');
      const kept = text.split('\n').filter((line) => line !== step.text);
      if (kept.length !== text.split('\n').length - 1) throw new Error(`docs/EDITING.md:${step.line}: ${step.file} has not exactly one line “${step.text}”`);
      writeFileSync(file, kept.join('\n'));
      continue;
    }
    for (const command of step.commands) {
      const { settings, words: [npm, run, name, dashes, ...rest] } = commandOf(command);
      if (npm !== 'npm' || run !== 'run' || !name) throw new Error(`docs/EDITING.md:${step.line}: “${command}” is not an npm run command`);
      const args = dashes === '--' ? rest : [dashes, ...rest].filter((word): word is string => word !== undefined);
      const record = (result: Omit<Ran, 'step' | 'command'>) => ran.push({ step, command, ...result });
      switch (name) {
        case 'new-dataset':
        case 'new-story':
          record(node(`${name}.ts`, args, dir));
          break;
        case 'check:content':
          record(node('check-content.ts', [content], root));
          break;
        case 'quotes':
        case 'check:stories':
          if (!archive.dir) record({ skipped: archive.reason });
          else record(node(name === 'quotes' ? 'quotes.ts' : 'check-stories.ts', [content], root, { ...settings, HSD_REPORTS_DIR: path.relative(root, archive.dir) }));
          break;
        case 'dev':
          record({ skipped: 'npm run dev is followed by test/dev/' });
          break;
        case 'build':
          if (!options.build) record({ skipped: 'built by test/fixtures/editor-mistakes.test.ts' });
          else {
            const result = await buildSite(options.build, { ...settings, HSD_CONTENT_DIR: content });
            record({ output: result.output, code: result.code });
          }
          break;
        default:
          throw new Error(`docs/EDITING.md:${step.line}: npm run ${name} is not a command the walk-through test knows how to follow`);
      }
    }
  }
  return { dir, content, ran };
}

/** A command's output as the page shows it: paths to the scratch copy as content/, white space and timings evened out. */
export function shownOutput(output: string, walkthrough: Walkthrough): string[] {
  const copy = displayPath(walkthrough.content);
  return output
    .split('\n')
    .map((line) => normalized(line.split(`${copy}/`).join('content/')))
    .filter((line) => line !== '');
}

const normalized = (line: string) => line.replace(/，?用时 [\d.]+ 秒/g, '').replace(/\s+/g, ' ').trim();

/**
 * Whether `actual` holds the lines the page shows, in order: `…` alone stands for any lines, a line ending in
 * `…` is compared up to it. Returns the first shown line it does not find, or undefined.
 */
export function missingLine(shown: readonly string[], actual: readonly string[]): string | undefined {
  let at = 0;
  for (const raw of shown) {
    const line = normalized(raw);
    if (line === '…' || line === '') continue;
    const prefix = line.endsWith('…') ? line.slice(0, -1) : undefined;
    const found = actual.findIndex((candidate, index) => index >= at && (prefix !== undefined ? candidate.startsWith(prefix) : candidate === line));
    if (found < 0) return raw;
    at = found + 1;
  }
  return undefined;
}


/**
 * Every command the walk-through ran printed what the page shows after it, and ended as the page implies: with an
 * editor error (exit 1) only where the page shows one, else 0.
 */
export function expectAsShown(walkthrough: Walkthrough): void {
  for (const { step, command, output, code, skipped } of walkthrough.ran) {
    if (skipped !== undefined || step.kind !== 'run') continue;
    const where = `docs/EDITING.md:${step.line} ${command}`;
    const shown = step.commands.at(-1) === command ? step.output : undefined;
    const expectsError = shown?.some((line) => line.includes('（错误代码 ')) ?? false;
    expect(code, `${where}\n${output}`).toBe(expectsError ? 1 : 0);
    if (shown) expect(missingLine(shown, shownOutput(output!, walkthrough)), `${where} does not print this line; it printed:\n${output}`).toBeUndefined();
  }
}
