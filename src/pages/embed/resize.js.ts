import type { APIRoute } from 'astro';
import { transform } from 'esbuild';
import source from '../../client/embed-host.ts?raw';

/**
 * /embed/resize.js: the script of the embed code (src/lib/embed.ts), which other sites load from this address
 * for as long as they show our charts, so it has a fixed name rather than a hashed one. Built from
 * src/client/embed-host.ts, minified by esbuild: at most 1 KB gzip (test/site/embed.test.ts; `npm run bench`
 * prints its size).
 */
export const GET: APIRoute = async () => {
  const { code } = await transform(source, { loader: 'ts', minify: true, format: 'iife', target: 'es2020', legalComments: 'none', charset: 'utf8' });
  return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
