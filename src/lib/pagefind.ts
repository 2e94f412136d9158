import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * The search index, written by Pagefind into `<outDir>/pagefind/` as the last step of every `astro build`
 * (so `npm run build`, `npm start` and the tests' builds all have it). Pagefind's extended binary, which the
 * npm package ships for each platform, segments the Chinese pages (`<html lang="zh-CN">`) into characters
 * and character pairs; src/client/search.ts searches them.
 *
 * Only the pages that mark their content with `data-pagefind-body` are indexed: stories, datasets and
 * places. Each is added under its public path, base path included (`/hsd/stories/x/`), so the index's URLs
 * are the addresses a reader follows and the client needs no base of its own.
 */
export function pagefindIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'hsd-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const start = performance.now();
        const outDir = fileURLToPath(dir);
        const bundle = path.join(outDir, 'pagefind');
        rmSync(bundle, { recursive: true, force: true });
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          let pages = 0;
          for (const file of htmlFiles(outDir)) {
            const content = readFileSync(path.join(outDir, file), 'utf8');
            if (!content.includes('data-pagefind-body')) continue;
            const url = `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
            const added = await index.addHTMLFile({ url, content: characterBoundaries(content) });
            if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
            pages++;
          }
          const written = await index.writeFiles({ outputPath: bundle });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write ${bundle}: ${written.errors.join('; ')}`);
          // Pagefind also writes its ready-made interfaces, which the site does not use (its search page is
          // its own, on Pagefind's JS API): nothing loads them, so they are not published.
          for (const file of readdirSync(bundle)) if (unusedFile.test(file)) rmSync(path.join(bundle, file));
          logger.info(`search index: ${pages} pages in ${path.relative(process.cwd(), bundle)}/ (${((performance.now() - start) / 1000).toFixed(1)} s)`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/**
 * The page as Pagefind reads it, with a zero-width space before each Chinese character of its text but the
 * first of the page (not in its tags or attributes; across tags too: 行 and 列 in two table cells), so that
 * Pagefind indexes each character as a word of its own, in order. Pagefind drops the spaces from the words it
 * indexes. (A space after a block's last character would hide the block's end from Pagefind, which then runs
 * the blocks together in excerpts.)
 */
export function characterBoundaries(html: string): string {
  return html
    .split(/(<[^>]*>)/)
    .map((part) => (part.startsWith('<') ? part : part.replace(/\p{Script=Han}/gu, '\u200b$&')))
    .join('');
}

/** Pagefind's default, modular and component UIs and its highlighting script. */
const unusedFile = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/** Every .html file under `dir`, as sorted paths relative to it with forward slashes. */
function htmlFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return htmlFiles(dir, relative);
      return entry.name.endsWith('.html') ? [relative] : [];
    });
}
