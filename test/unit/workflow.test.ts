import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { cacheDir } from '../../src/lib/cache-dir.ts';
import { pngCacheDir } from '../../src/lib/png.ts';
import { actionOf, actions, expand, jobOrder, parseCommandFile, type Context, type Job, type Workflow } from '../../scripts/workflow.ts';

/**
 * The newsroom's GitHub workflow (.github/workflows/deploy.yml), read as the runner reads it. Off GitHub it runs
 * only through `npm run ci:workflow`, which stands in for its actions; these are the parts of it that must agree
 * with the code: what the tests and the build are given, and the folder the build keeps its drawn PNGs in.
 */
const root = path.resolve(import.meta.dirname, '../..');
const workflow = parse(readFileSync(path.join(root, '.github/workflows/deploy.yml'), 'utf8')) as Workflow & { on: Record<string, unknown>; permissions: Record<string, string> };
const { test, build, deploy } = workflow.jobs as { test: Job; build: Job; deploy: Job };

describe('the deploy workflow', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('tests, then builds, then deploys, on every push to main', () => {
    expect(workflow.on.push).toEqual({ branches: ['main'] });
    expect([build.needs, deploy.needs]).toEqual(['test', 'build']);
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
  });

  it('runs the test command with the source archive only where the repository names it, and says so', () => {
    const tests = test.steps.find((step) => /\bnpm test\b/.test(step.run ?? ''))!;
    expect(tests.env?.HSD_REPORTS_DIR).toBe('${{ vars.HSD_REPORTS_DIR }}');
    const notice = test.steps.find((step) => step.name === 'Source archive checks')!;
    expect(notice.run).toContain('::notice title=Source archive checks skipped::');
    expect(test.steps.indexOf(notice)).toBeLessThan(test.steps.indexOf(tests));
  });

  it('builds with the address and sub-path GitHub Pages gives, and publishes dist/', () => {
    const run = build.steps.find((step) => step.run === 'npm run build')!;
    expect(run.env).toEqual({ SITE_URL: '${{ steps.pages.outputs.origin }}', BASE_PATH: '${{ steps.base.outputs.path }}' });
    expect(build.steps.find((step) => step.id === 'pages')?.uses).toMatch(/^actions\/configure-pages@v\d+$/);
    expect(build.steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with).toEqual({ path: 'dist' });
  });

  it('keeps the drawn PNGs between builds in the folder the build draws them into', () => {
    // The build's own folder, as a runner has it: no HSD_CACHE_DIR.
    vi.stubEnv('HSD_CACHE_DIR', '');
    const cache = build.steps.find((step) => step.uses?.startsWith('actions/cache@'))!;
    const folder = path.relative(root, pngCacheDir()).split(path.sep).join('/');
    expect(path.relative(root, cacheDir(root))).toBe(path.join('node_modules', '.astro'));
    expect(cache.with?.path).toBe(folder);
    expect(build.steps.indexOf(cache)).toBeLessThan(build.steps.findIndex((step) => step.run === 'npm run build'));
  });

  it('names every action by a major version', () => {
    const uses = Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((step) => (step.uses ? [step.uses] : [])));
    expect(uses.length).toBeGreaterThanOrEqual(8);
    expect(uses.filter((use) => !/^actions\/[a-z-]+@v\d+$/.test(use))).toEqual([]);
  });
});

/** The pure parts of `npm run ci:workflow` (scripts/workflow.ts), which runs the workflow as a runner would. */
describe('the workflow run here as on a runner', () => {
  const context: Context = { vars: { HSD_REPORTS_DIR: 'archive' }, steps: { pages: { outputs: { origin: 'https://heat.example.org' } } }, github: { sha: 'abc123' } };

  it('fills in expressions as GitHub does: an unset variable or output is empty', () => {
    expect(expand('${{ vars.HSD_REPORTS_DIR }}', context)).toBe('archive');
    expect(expand('a ${{vars.UNSET}}b', context)).toBe('a b');
    expect(expand('${{ steps.pages.outputs.origin }}/x', context)).toBe('https://heat.example.org/x');
    expect(expand('${{ steps.base.outputs.path }}', context)).toBe('');
    expect(expand('drawn-pngs-${{ github.sha }}', context)).toBe('drawn-pngs-abc123');
  });

  it('refuses an expression it cannot fill in as the runner would', () => {
    expect(() => expand("${{ github.event.head_commit.message }}", context)).toThrow(/cannot fill in \$\{\{ github\.event\.head_commit\.message \}\}/);
    expect(() => expand("${{ vars.A || 'x' }}", context)).toThrow(/cannot fill in/);
  });

  it('reads what a step writes to GITHUB_OUTPUT, lines and blocks', () => {
    expect(parseCommandFile('path=/desk/\nempty=\n')).toEqual({ path: '/desk/', empty: '' });
    expect(parseCommandFile('text<<EOF\nline 1\nline=2\nEOF\nnext=3\n')).toEqual({ text: 'line 1\nline=2', next: '3' });
    expect(() => parseCommandFile('text<<EOF\nnever closed\n')).toThrow(/no "EOF" line closes/);
    expect(() => parseCommandFile('just words\n')).toThrow(/neither name=value/);
  });

  it('knows every action and key the committed workflow uses, and runs its jobs in order', () => {
    expect(jobOrder(workflow)).toEqual(['test', 'build', 'deploy']);
    const uses = Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((step) => (step.uses ? [step.uses] : [])));
    expect(new Set(uses.map(actionOf))).toEqual(new Set(actions));
    expect(() => actionOf('actions/labeler@v5')).toThrow(/cannot stand in for actions\/labeler@v5/);
  });

  it('refuses a key it does not run, so nothing of a workflow is skipped unsaid', () => {
    const conditional = { jobs: { test: { steps: [{ run: 'true', if: 'github.ref == "main"' }] } } } as unknown as Workflow;
    expect(() => jobOrder(conditional)).toThrow(/does not run the step key "if"/);
    const cycle = { jobs: { a: { needs: 'b', steps: [] }, b: { needs: 'a', steps: [] } } } as unknown as Workflow;
    expect(() => jobOrder(cycle)).toThrow(/jobs need each other/);
  });

  it("gives Astro a base ending in one / from what configure-pages answers", () => {
    const step = build.steps.find((s) => s.id === 'base')!;
    const dir = mkdtempSync(path.join(tmpdir(), 'hsd-base-'));
    try {
      const cases: [string, string][] = [
        ['/heating-season-data-desk', '/heating-season-data-desk/'],
        ['/desk/', '/desk/'],
        ['', '/'],
      ];
      const got = cases.map(([basePath]) => {
        const output = path.join(dir, 'output');
        writeFileSync(output, '');
        const env = { PATH: process.env.PATH, GITHUB_OUTPUT: output, ...Object.fromEntries(Object.entries(step.env!).map(([k, v]) => [k, expand(v, { vars: {}, steps: { pages: { outputs: { base_path: basePath } } }, github: {} })])) };
        const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], { env, encoding: 'utf8' });
        expect(run.status, run.stderr).toBe(0);
        return parseCommandFile(readFileSync(output, 'utf8')).path;
      });
      expect(got).toEqual(cases.map(([, want]) => want));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
