import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { EditorError } from '../errors/editor-error.ts';
import { editorError } from '../errors/messages.ts';
import { figureWhere } from '../errors/where.ts';
import type { Dataset } from '../data/dataset.ts';
import { figureCells } from '../data/provenance.ts';
import type { Source } from '../schemas/source.ts';

/**
 * The quote of every reported figure, checked against the archived pages (shared/source-reports/): it must
 * stand, verbatim, within the lines of the article it is credited to. A figure credited to the wrong article
 * of a page, or a quote that the page does not print, fails with the dataset file, row, column and the fix.
 * (That the quote shows the cell's number and qualifier is checked by every build: src/data/provenance.ts.)
 */

/** An article's text as quotes are compared with it: its lines on the page, with all white space removed. */
export interface ArticleText {
  id: string;
  page: string;
  lines: [number, number];
  text: string;
  /** The whole page, likewise: to tell a quote from another article or from outside the article's lines. */
  pageText: string;
}

/** Quotes are verbatim: only white space (the page's line breaks) is dropped. */
export const unspaced = (text: string): string => text.replace(/\s+/g, '');

/** A page's text without its markup (PM<sub>2.5</sub> → PM2.5, headings' #, bold **): what a reader of the paper read. */
export function withoutMarkup(text: string): string {
  return text
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/\*\*|__/g, '');
}

/** Every article's text from the archive folder, or null when the folder is not there. */
export function readArticles(sources: readonly Source[], dir: string): Map<string, ArticleText> | null {
  if (!existsSync(dir)) return null;
  const pages = new Map<string, string[]>();
  const articles = new Map<string, ArticleText>();
  for (const source of sources) {
    const file = path.join(dir, source.page);
    if (!pages.has(source.page)) pages.set(source.page, existsSync(file) ? readFileSync(file, 'utf8').split(/\r?\n/) : []);
    const lines = pages.get(source.page)!;
    articles.set(source.id, {
      id: source.id,
      page: source.page,
      lines: source.lines,
      text: unspaced(withoutMarkup(lines.slice(source.lines[0] - 1, source.lines[1]).join('\n'))),
      pageText: unspaced(withoutMarkup(lines.join('\n'))),
    });
  }
  return articles;
}

/** A quote that does not stand where its figure is credited. */
export interface QuoteProblem {
  dataset: string;
  file: string;
  row: string;
  column: string;
  source: string;
  quote: string;
  /** What is wrong and what to do, for the editor: an entry of the catalogue, reported, not thrown. */
  error: EditorError;
  /** The error's one line. */
  message: string;
}

/** Every quote of the datasets that is not in the lines of its article, with what to do about it. */
export function quoteProblems(datasets: readonly Dataset[], articles: ReadonlyMap<string, ArticleText>): QuoteProblem[] {
  const problems: QuoteProblem[] = [];
  for (const dataset of datasets) {
    for (const entry of dataset.provenance) {
      const article = articles.get(entry.source);
      const quote = unspaced(entry.quote);
      if (article && article.text.includes(quote)) continue;
      const elsewhere = [...articles.values()].find((other) => other.text.includes(quote));
      const at = { file: dataset.files.meta, where: figureWhere(entry.row, entry.column) };
      const quoted = { found: entry.quote, source: entry.source };
      const error =
        !article ? editorError('source-unknown', at, { found: entry.source, known: [...articles.keys()] })
        : elsewhere ? editorError('quote-in-other-article', at, { ...quoted, page: article.page, lines: article.lines, other: elsewhere.id, otherPage: elsewhere.page, otherLines: elsewhere.lines })
        : article.pageText.includes(quote) ? editorError('quote-outside-article', at, { ...quoted, page: article.page, lines: article.lines })
        : editorError('quote-not-in-article', at, { ...quoted, page: article.page, lines: article.lines });
      problems.push({ dataset: dataset.id, file: dataset.files.meta, row: entry.row, column: entry.column, source: entry.source, quote: entry.quote, error, message: error.message });
    }
  }
  return problems;
}

/** How many of a CSV dataset's reported figures have a quote, and how many of those stand in their article. */
export interface QuoteCoverage {
  dataset: string;
  figures: number;
  quoted: number;
  /** null without the archive. */
  verified: number | null;
}

export function quoteCoverage(datasets: readonly Dataset[], articles: ReadonlyMap<string, ArticleText> | null): QuoteCoverage[] {
  const failing = articles ? quoteProblems(datasets, articles) : [];
  return datasets
    .filter((dataset) => !dataset.derivation)
    .map((dataset) => {
      const quoted = dataset.provenance.length;
      const bad = failing.filter((p) => p.dataset === dataset.id).length;
      return { dataset: dataset.id, figures: figureCells(dataset).length, quoted, verified: articles ? quoted - bad : null };
    });
}
