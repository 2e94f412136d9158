// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { sourceLocation } from './src/mdx/source-location.ts';
import { storyMarkup } from './src/mdx/story-markup.ts';

/**
 * SITE_URL and BASE_PATH come from the environment, so the same build serves at a domain's root or under a
 * sub-path (GitHub Pages: https://<org>.github.io/<repo>/). Locally the site is http://localhost:4321/.
 */
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  // Tests build fixture sites side by side: each gets its own output and cache folders.
  outDir: process.env.HSD_OUT_DIR || './dist',
  cacheDir: process.env.HSD_CACHE_DIR || './node_modules/.astro',
  integrations: [mdx({ processor: satteri({ mdastPlugins: [storyMarkup, sourceLocation] }) }), sitemap({ filter: (page) => !new URL(page).pathname.endsWith('/gallery/') })],
  server: { host: process.env.HOST || 'localhost', port: 4321 },
  devToolbar: { enabled: false },
});
