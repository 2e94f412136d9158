import { rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, root } from './build.ts';
import { serveSite } from './serve.ts';

/**
 * Builds the real site once, under a sub-path (so every internal link must respect the base), and serves the
 * output as a static host would, for the built-site and browser tests. (Not `astro preview`: it allows one
 * server per machine and would refuse, or replace, an editor's running `npm start`.) Then builds it a second
 * time from scratch into another folder, for the reproducibility check, and a third time with the newsroom's
 * example address (`subPath`), for the test that no address of any kind leaves the sub-path; one after the
 * other, since every build writes the project's .astro/ types.
 */
export const base = '/hsd/';
/** The origin the test build is configured for (SITE_URL): its canonical links and sitemap point there. */
export const siteOrigin = 'https://example.org';
/** The third build's address: SITE_URL and BASE_PATH as a newsroom would set them for a site in a sub-folder. */
export const subPath = { origin: 'https://heat.example.org', base: '/desk/', shardPages: 30 } as const;

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    siteUrl: string;
    secondBuildDir: string;
    subPathDir: string;
  }
}

let close: (() => Promise<void>) | undefined;

export async function setup(project: TestProject): Promise<void> {
  const env = { BASE_PATH: base, SITE_URL: siteOrigin };
  const builds = [
    ['site', env],
    ['site-again', env],
    // The sub-path build's search index in shards of 30 pages (src/lib/pagefind.ts), so that the tests see a
    // large site's merged shards on a small one.
    ['site-desk', { BASE_PATH: subPath.base, SITE_URL: subPath.origin, HSD_SEARCH_SHARD_PAGES: String(subPath.shardPages) }],
  ] as const;
  const dirs: string[] = [];
  for (const [name, buildEnv] of builds) {
    rmSync(path.join(root, 'test/.output', name), { recursive: true, force: true });
    const result = await buildSite(name, buildEnv);
    if (result.code !== 0) throw new Error(`astro build failed:\n${result.output}`);
    dirs.push(path.join(root, 'test/.output', name, 'dist'));
  }
  const [siteDir, secondBuildDir, subPathDir] = dirs as [string, string, string];
  const server = await serveSite(siteDir, base);
  close = server.close;
  project.provide('siteDir', siteDir);
  project.provide('siteUrl', server.url);
  project.provide('secondBuildDir', secondBuildDir);
  project.provide('subPathDir', subPathDir);
}

export async function teardown(): Promise<void> {
  await close?.();
}
