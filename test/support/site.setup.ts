import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, root } from './build.ts';

/**
 * Builds the real site once, under a sub-path (so every internal link must respect the base), and serves it
 * with `astro preview` for the built-site and browser tests.
 */
export const base = '/hsd/';
const port = 4399;

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    siteUrl: string;
  }
}

let server: ChildProcess | undefined;

export async function setup(project: TestProject): Promise<void> {
  const env = { BASE_PATH: base, SITE_URL: 'https://example.org' };
  const result = await buildSite('site', env);
  if (result.code !== 0) throw new Error(`astro build failed:\n${result.output}`);
  const siteDir = path.join(root, 'test/.output/site/dist');
  server = spawn(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'preview', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, ...env, HSD_OUT_DIR: siteDir, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  const siteUrl = `http://127.0.0.1:${port}${base}`;
  await waitFor(siteUrl);
  project.provide('siteDir', siteDir);
  project.provide('siteUrl', siteUrl);
}

export async function teardown(): Promise<void> {
  server?.kill();
}

async function waitFor(url: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`astro preview did not answer at ${url}`);
}
