// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { storyPlugins } from './src/mdx/plugins.ts';

/**
 * SITE_URL and BASE_PATH come from the environment, so the same build serves at a domain's root or under a
 * sub-path (GitHub Pages: https://<org>.github.io/<repo>/). Locally the site is http://localhost:4321/.
 */
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';

/**
 * `import.meta.env.HSD_ASTRO_DEV`: true under `astro dev` only, where drafts are shown and content is re-read
 * on every request. Decided by the command, not by NODE_ENV (which sets import.meta.env.DEV): a build run with
 * NODE_ENV=test or development, by a test runner or a shell profile, must still leave every draft out.
 * @type {import('astro').AstroIntegration}
 */
const devCommand = {
  name: 'hsd-dev-command',
  hooks: {
    'astro:config:setup': ({ command, updateConfig }) => {
      updateConfig({ vite: { define: { 'import.meta.env.HSD_ASTRO_DEV': JSON.stringify(command === 'dev') } } });
    },
  },
};

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  // Tests build fixture sites side by side: each gets its own output and cache folders.
  outDir: process.env.HSD_OUT_DIR || './dist',
  cacheDir: process.env.HSD_CACHE_DIR || './node_modules/.astro',
  // The sitemap leaves out the pages kept out of search engines (noindex): the gallery and the charts' embed pages.
  integrations: [devCommand, mdx({ processor: satteri({ mdastPlugins: [...storyPlugins] }) }), sitemap({ filter: (page) => !/\/gallery\/$|\/embed\//.test(new URL(page).pathname) })],
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
