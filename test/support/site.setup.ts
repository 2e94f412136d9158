import { createServer, type Server } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';
import { buildSite, root } from './build.ts';

/**
 * Builds the real site once, under a sub-path (so every internal link must respect the base), and serves the
 * output as a static host would, for the built-site and browser tests. (Not `astro preview`: it allows one
 * server per machine and would refuse, or replace, an editor's running `npm start`.)
 */
export const base = '/hsd/';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    siteUrl: string;
  }
}

let server: Server | undefined;

export async function setup(project: TestProject): Promise<void> {
  const env = { BASE_PATH: base, SITE_URL: 'https://example.org' };
  const result = await buildSite('site', env);
  if (result.code !== 0) throw new Error(`astro build failed:\n${result.output}`);
  const siteDir = path.join(root, 'test/.output/site/dist');
  const files = sirv(siteDir, { dev: false, etag: true });
  server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (!url.startsWith(base)) {
      response.statusCode = 404;
      return response.end();
    }
    request.url = url.slice(base.length - 1);
    files(request, response, () => {
      response.statusCode = 404;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const siteUrl = `http://127.0.0.1:${port}${base}`;
  project.provide('siteDir', siteDir);
  project.provide('siteUrl', siteUrl);
}

export async function teardown(): Promise<void> {
  await new Promise((resolve) => server?.close(resolve));
}
