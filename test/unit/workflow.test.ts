import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { cacheDir } from '../../src/lib/cache-dir.ts';
import { pngCacheDir } from '../../src/lib/png.ts';

/**
 * The newsroom's GitHub workflow (.github/workflows/deploy.yml), read as the runner reads it. It cannot run
 * here; these are the parts of it that must agree with the code: what the tests and the build are given, and
 * the folder the build keeps its drawn PNGs in.
 */
interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string;
  steps: Step[];
}
const root = path.resolve(import.meta.dirname, '../..');
const workflow = parse(readFileSync(path.join(root, '.github/workflows/deploy.yml'), 'utf8')) as { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, Job> };
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
