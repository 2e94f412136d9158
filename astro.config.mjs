// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { sourceLocation } from './src/mdx/source-location.ts';

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
  integrations: [mdx({ processor: satteri({ mdastPlugins: [sourceLocation] }) }), sitemap({ filter: (page) => !new URL(page).pathname.endsWith('/gallery/') })],
  server: { host: process.env.HOST || 'localhost', port: 4321 },
  devToolbar: { enabled: false },
  // Shiki colours code with style attributes, which the policy below blocks; stories have no code to colour.
  markdown: { syntaxHighlight: false },
  // A strict Content-Security-Policy in every page's <meta http-equiv>: Astro adds the hashes of the inline
  // scripts and styles it writes to script-src and style-src. Nothing else inline, no other origin, no eval,
  // no plugins; style attributes are blocked too (style-src has no 'unsafe-inline'), so charts, legends and
  // the calculator's bars are styled by classes and SVG attributes. Checked on every page by
  // test/site/gates.test.ts (the policy) and test/browser/every-page.test.ts (enforced in Chromium).
  security: {
    csp: {
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
