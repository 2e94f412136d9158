/**
 * Printing shows each chart's data table: a <details> closed on screen would print closed, and CSS alone shows
 * its content only where ::details-content exists (src/styles/print.css). The tables opened for print close
 * again afterwards. A script of its own beside the chart enhancer (src/components/charts/ChartScript.astro), so
 * that each stays small enough for Astro to inline (4 KB).
 */
let opened: HTMLDetailsElement[] = [];
addEventListener('beforeprint', () => {
  opened = [...document.querySelectorAll<HTMLDetailsElement>('details.chart__data:not([open])')];
  for (const details of opened) details.open = true;
});
addEventListener('afterprint', () => {
  for (const details of opened) details.open = false;
  opened = [];
});
