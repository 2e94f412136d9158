import type { ChartType, Views } from '../charts/chart-type.ts';
import { t } from '../i18n/index.ts';
import { absoluteHref, paths } from './paths.ts';

/**
 * The embed code of a story's chart, as the 嵌入 control under it shows it (src/components/charts/ChartEmbed.astro):
 * an iframe of the chart's embed page (/embed/<story>/<chart>/) and the resize script (/embed/resize.js, built
 * from src/client/embed-host.ts). Both addresses are absolute, since the code is pasted into another site. The
 * iframe fills its column and never scrolls; the script sets its height from the page inside
 * (src/client/embed-frame.ts posts it), so `height` only holds until the script runs, or for good on a host that
 * strips scripts.
 */
export interface EmbedCodeOptions {
  story: string;
  chart: string;
  /** The chart's title: the iframe's accessible name. */
  title: string;
  /** Initial height in CSS px (see `initialEmbedHeight`). */
  height: number;
}

/** Marks the iframes the resize script sizes: it leaves every other iframe of the host page alone. */
export const embedAttribute = 'data-hsd-embed';

export function embedCode({ story, chart, title, height }: EmbedCodeOptions): string {
  const src = absoluteHref(paths.embed(story, chart));
  return [
    `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="${Math.round(height)}" scrolling="no" frameborder="0" loading="lazy" ${embedAttribute}></iframe>`,
    `<script src="${attribute(absoluteHref(paths.embedScript()))}" async></script>`,
  ].join('\n');
}

/** Text as an HTML attribute value in double quotes. */
function attribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * What the embed page will measure, guessed before anything is laid out, so a host page does not jump much when
 * the script corrects it: the drawings' height at the wide layout (small multiples two panels a row) or the
 * rows of a table or of key figures, plus the title, legend, summary and source lines around them. An estimate,
 * nothing more: test/browser/embed.test.ts checks the height the script sets, not this one.
 */
export function initialEmbedHeight(view: { drawings: number[]; columns?: number } | { rows: number; perRow: number; rowHeight: number }): number {
  const chrome = 220;
  if ('drawings' in view) {
    const columns = view.columns ?? 1;
    let height = 0;
    for (let i = 0; i < view.drawings.length; i += columns) height += Math.max(...view.drawings.slice(i, i + columns)) + (columns > 1 ? 40 : 0);
    return chrome + height;
  }
  return chrome + Math.ceil(view.rows / view.perRow) * view.rowHeight;
}

/** A chart's title as its view shows it: key figures without one are 关键数字 (BigNumbersView.astro). */
export function chartTitle({ type, model }: { type: ChartType; model: Views[keyof Views] }): string {
  if (type.view === 'big-numbers') return (model as Views['big-numbers']).title ?? t('numbers.title');
  return (model as Views['figure'] | Views['table']).title;
}
