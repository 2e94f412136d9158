/**
 * The chart enhancer: the only script the site ships, and only on pages with a chart or a sortable table
 * (src/components/charts/ChartScript.astro). Everything it adds is optional: without it the SVG keeps its
 * native <title> tooltips and every figure keeps its data table.
 *
 * - Tooltip with the mark's label and value on hover, on tap and on keyboard focus.
 * - One tab stop per chart; arrow keys move between marks, Home/End jump, Escape closes.
 * - The hovered series is highlighted (figure[data-series-by] names the attribute that tells series apart).
 * - Tables marked data-sortable sort by any column.
 *
 * A mark is any SVG element with a <title>: chart specs give every data mark one (src/charts/*). Its words
 * (the role description, the announcement of a mark) are the page's, from src/i18n/zh-CN.json, written by
 * ChartScript.astro into a <template data-chart-strings>; tables sort in the page's language. It fills the
 * {slots} itself rather than import src/i18n/fill.ts: a module shared with the calculator's script would be
 * split into a chunk of its own, and this script would no longer be inlined (+220 bytes gzip on every page
 * with a chart).
 */
const NEAR = 32;

const strings = document.querySelector<HTMLTemplateElement>('template[data-chart-strings]')!.dataset as { interactive: string; announce: string; markSeparator: string };
const fillSlots = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (slot, name: string) => values[name] ?? slot);

interface Chart {
  figure: HTMLElement;
  svg: SVGSVGElement;
  marks: SVGElement[];
  tip: HTMLElement;
  live: HTMLElement;
  active: number;
}

function enhanceFigure(figure: HTMLElement): void {
  const tip = document.createElement('div');
  tip.className = 'chart-tip';
  tip.setAttribute('aria-hidden', 'true');
  tip.hidden = true;
  const live = document.createElement('p');
  live.className = 'visually-hidden';
  live.setAttribute('aria-live', 'polite');
  figure.append(tip, live);
  for (const svg of figure.querySelectorAll<SVGSVGElement>('.chart__drawing svg')) {
    const marks: SVGElement[] = [];
    for (const title of svg.querySelectorAll('title')) {
      const mark = title.parentElement as unknown as SVGElement;
      mark.dataset.tip = title.textContent ?? '';
      title.remove();
      marks.push(mark);
    }
    if (marks.length === 0) continue;
    const chart: Chart = { figure, svg, marks, tip, live, active: -1 };
    svg.tabIndex = 0;
    svg.setAttribute('aria-roledescription', strings.interactive);
    svg.setAttribute('aria-keyshortcuts', 'ArrowLeft ArrowRight ArrowUp ArrowDown Home End Escape');
    svg.addEventListener('pointermove', (event) => {
      if (event.pointerType === 'mouse') show(chart, nearest(chart, event), false);
    });
    svg.addEventListener('pointerdown', (event) => {
      if (event.pointerType !== 'mouse') show(chart, nearest(chart, event), false);
    });
    svg.addEventListener('pointerleave', (event) => {
      if (event.pointerType === 'mouse' && document.activeElement !== svg) hide(chart);
    });
    svg.addEventListener('focus', () => show(chart, Math.max(chart.active, 0), true));
    svg.addEventListener('blur', () => hide(chart));
    svg.addEventListener('keydown', (event) => {
      const last = chart.marks.length - 1;
      const moves: Record<string, number> = {
        ArrowRight: chart.active + 1,
        ArrowDown: chart.active + 1,
        ArrowLeft: chart.active - 1,
        ArrowUp: chart.active - 1,
        Home: 0,
        End: last,
      };
      if (event.key === 'Escape') {
        hide(chart);
      } else if (event.key in moves) {
        event.preventDefault();
        show(chart, Math.min(last, Math.max(0, moves[event.key]!)), true);
      }
    });
    document.addEventListener('pointerdown', (event) => {
      if (!svg.contains(event.target as Node)) hide(chart);
    });
  }
}

/** The mark under the pointer, or the closest one within reach (thin lines and small dots are hard to hit). */
function nearest(chart: Chart, event: PointerEvent): number {
  let best = -1;
  let bestDistance = NEAR;
  chart.marks.forEach((mark, index) => {
    const box = mark.getBoundingClientRect();
    const dx = Math.max(box.left - event.clientX, 0, event.clientX - box.right);
    const dy = Math.max(box.top - event.clientY, 0, event.clientY - box.bottom);
    const distance = Math.hypot(dx, dy);
    if (distance < bestDistance || (distance === 0 && bestDistance === 0)) {
      best = index;
      bestDistance = distance;
    }
  });
  return best;
}

function show(chart: Chart, index: number, announce: boolean): void {
  if (index < 0) return hide(chart);
  const mark = chart.marks[index]!;
  if (index !== chart.active) {
    chart.active = index;
    const by = chart.figure.dataset.seriesBy;
    const series = by ? seriesOf(mark, by) : null;
    chart.marks.forEach((other, i) => other.classList.toggle('is-active', i === index));
    dimOtherSeries(chart, by, series);
  }
  const [label, ...rest] = (mark.dataset.tip ?? '').split('\n');
  const strong = document.createElement('strong');
  strong.textContent = label ?? '';
  chart.tip.replaceChildren(strong, ...rest.map((line) => Object.assign(document.createElement('span'), { textContent: line })));
  chart.tip.hidden = false;
  place(chart, mark);
  if (announce) chart.live.textContent = fillSlots(strings.announce, { mark: (mark.dataset.tip ?? '').replace(/\n/g, strings.markSeparator), index: String(index + 1), count: String(chart.marks.length) });
}

function hide(chart: Chart): void {
  chart.tip.hidden = true;
  chart.active = -1;
  for (const element of chart.svg.querySelectorAll('.is-active, .is-dimmed')) element.classList.remove('is-active', 'is-dimmed');
}

/**
 * Fades what belongs to another series than the hovered mark's: every mark, and every element drawn in a
 * series colour (lines, direct labels). A mark's series is its own fill or stroke, or its group's; an element
 * inside a faded group is not faded again.
 */
function dimOtherSeries(chart: Chart, by: string | undefined, series: string | null): void {
  for (const element of chart.svg.querySelectorAll('.is-dimmed')) element.classList.remove('is-dimmed');
  if (!by || series === null) return;
  const coloured = chart.svg.querySelectorAll(`[${by}^="var(--chart-series-"]`);
  const targets = [...new Set([...coloured, ...chart.marks])].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  for (const element of targets) {
    if (seriesOf(element, by) !== series && !element.parentElement?.closest('.is-dimmed')) element.classList.add('is-dimmed');
  }
}

function seriesOf(mark: Element, attribute: string): string | null {
  return mark.closest(`[${attribute}]`)?.getAttribute(attribute) ?? null;
}

/** Above the mark, centred, kept inside the figure; below it when there is no room above. */
function place(chart: Chart, mark: SVGElement): void {
  const box = mark.getBoundingClientRect();
  const frame = chart.figure.getBoundingClientRect();
  const { offsetWidth: width, offsetHeight: height } = chart.tip;
  const left = Math.min(Math.max(box.left + box.width / 2 - frame.left - width / 2, 0), Math.max(frame.width - width, 0));
  const above = box.top - frame.top - height - 6;
  const top = above >= 0 ? above : box.bottom - frame.top + 6;
  chart.tip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
}

/** Header buttons sort the rows; aria-sort tells which column and which way. */
function enhanceTable(table: HTMLTableElement): void {
  const headers = [...table.tHead!.rows[0]!.cells];
  const body = table.tBodies[0]!;
  const collator = new Intl.Collator(document.documentElement.lang, { numeric: true });
  headers.forEach((header, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.append(...header.childNodes);
    header.append(button);
    button.addEventListener('click', () => {
      const ascending = header.getAttribute('aria-sort') !== 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const key = (row: HTMLTableRowElement) => row.cells[column]?.dataset.value;
      const rows = [...body.rows].sort((a, b) => {
        const x = key(a);
        const y = key(b);
        if (x === undefined || y === undefined) return (x === undefined ? 1 : 0) - (y === undefined ? 1 : 0);
        const order = Number.isNaN(Number(x)) || Number.isNaN(Number(y)) ? collator.compare(x, y) : Number(x) - Number(y);
        return ascending ? order : -order;
      });
      body.append(...rows);
    });
  });
}

for (const figure of document.querySelectorAll<HTMLElement>('figure.chart')) enhanceFigure(figure);
for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) enhanceTable(table);
