// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { storyFeatures, storyPlugins } from './src/mdx/plugins.ts';
import { builtPageLastModified } from './src/lib/lastmod.ts';
import { pagefindIndex, shardPagesSetting } from './src/lib/pagefind.ts';
import { cacheDir } from './src/lib/cache-dir.ts';
import { prunePngCache } from './src/lib/png.ts';

/**
 * SITE_URL and BASE_PATH come from the environment, so the same build serves at a domain's root or under a
 * sub-path (GitHub Pages: https://<org>.github.io/<repo>/). SITE_URL is the origin that canonical links,
 * og:url, the feed and the sitemap are written with; BASE_PATH the sub-path, ending in `/`.
 *
 * `astro dev` falls back to http://localhost:4321, where it serves. A build never does: Astro runs every
 * `astro build` as a production build (it sets NODE_ENV=production itself, so CI=true or NODE_ENV=production
 * are always the case there), and a production build without SITE_URL would publish localhost as the
 * site's address. `siteAddress` below stops it with a message instead. `npm start` sets SITE_URL to the
 * local address it serves; the tests' builds (test/support/build.ts) pass their own.
 */
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';

/** @type {import('astro').AstroIntegration} */
const siteAddress = {
  name: 'hsd-site-address',
  hooks: {
    'astro:config:setup': ({ command }) => {
      if (command !== 'build') return;
      if (!process.env.SITE_URL) {
        throw new Error(
          'SITE_URL is not set. A production build writes the site\'s public address into canonical links, og:url, the feed (/rss.xml) and the sitemap, ' +
            'and will not write http://localhost:4321 there. Set it to the origin the site is served from, e.g. ' +
            'SITE_URL=https://heat.example.org BASE_PATH=/desk/ npm run build (npm start sets SITE_URL=http://localhost:4321 itself).',
        );
      }
      let url;
      try {
        url = new URL(process.env.SITE_URL);
      } catch {
        throw new Error(`SITE_URL is “${process.env.SITE_URL}”, not an address. Set it to an origin such as https://heat.example.org; a sub-path goes in BASE_PATH.`);
      }
      if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
        throw new Error(`SITE_URL is “${process.env.SITE_URL}”: it must be an origin such as https://heat.example.org, nothing after the host; a sub-path goes in BASE_PATH (e.g. BASE_PATH=/desk/).`);
      }
      if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`BASE_PATH is “${base}”: it must start and end with /, e.g. /desk/.`);
    },
  },
};

/**
 * The sitemap's <lastmod>: the date a page's own structured data gives as dateModified, a story's updated date
 * (else its publication date) and a dataset page's updated date (src/lib/lastmod.ts). Other pages carry none.
 */
const outDir = process.env.HSD_OUT_DIR || './dist';
const basePath = base.endsWith('/') ? base : `${base}/`;
/** @param {import('@astrojs/sitemap').SitemapItem} item */
function withLastmod(item) {
  const date = builtPageLastModified(outDir, new URL(item.url).pathname.slice(basePath.length));
  return date ? { ...item, lastmod: date } : item;
}
/** Pages kept out of search engines (noindex): the gallery, a tool for the desk, and the search page; and the charts' embed pages (embedPage). */
const unlisted = ['/gallery/', '/search/'];
const embedPage = /\/embed\/[^/]+\/[^/]+\/$/;

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

/**
 * After a build, the drawn PNGs it did not use leave the cache (src/lib/png.ts), so that the cache holds one
 * site's images however many builds it has seen.
 * @type {import('astro').AstroIntegration}
 */
const pngCache = {
  name: 'hsd-png-cache',
  hooks: (() => {
    let started = new Date();
    return {
      'astro:build:start': () => {
        started = new Date();
      },
      'astro:build:done': ({ logger }) => {
        const removed = prunePngCache(started);
        if (removed) logger.info(`${removed} drawn PNG(s) this build no longer uses removed from the cache`);
      },
    };
  })(),
};

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  // Tests build fixture sites side by side: each gets its own output and cache folders.
  outDir,
  cacheDir: cacheDir(),
  // Pages are rendered two at a time, so that the main thread renders HTML while the PNG threads draw
  // (src/lib/png.ts). Four at a time was no faster and held far more memory (npm run bench:scale -- 30: 27–31 s
  // and 2.3–2.9 GB at 4, 27.9 s and 1.68 GB at 2, 36.3 s and 1.66 GB at 1).
  build: { concurrency: 2 },
  integrations: [
    siteAddress,
    devCommand,
    mdx({ processor: satteri({ mdastPlugins: [...storyPlugins], features: { ...storyFeatures } }) }),
    sitemap({ filter: (page) => !unlisted.some((path) => new URL(page).pathname.endsWith(path)) && !embedPage.test(new URL(page).pathname), serialize: withLastmod }),
    pagefindIndex({ shardPages: shardPagesSetting() }),
    pngCache,
  ],
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
