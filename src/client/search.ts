/**
 * The search page's script (src/components/SiteSearch.astro): reads ?q=, kind and place from the address,
 * asks Pagefind's index (written after the build by src/lib/pagefind.ts) and shows each result with its
 * title, kind, period and an excerpt with the words marked. Pagefind's own script is loaded from the
 * site's /pagefind/ folder on the first query, so no other page, and no page before a query, pays for it.
 *
 * Chinese is indexed one character at a time (src/lib/pagefind.ts explains why). A word the reader types is
 * looked up as an exact phrase of its characters ("供 热": 供 directly followed by 热), so a two-character
 * query finds the pages that hold the word, not those with the two characters apart; a query of several
 * words finds the pages that hold each of them. Those pages are shown in the order of Pagefind's ranked
 * search for the same characters, with the excerpt of the exact match (the word marked).
 *
 * A large site's index comes in shards: the first lists the others in its shards.json, and they are merged
 * into it before the first query, so a query searches them all.
 */
import { fill } from '../i18n/fill.ts';

interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}
interface PagefindResponse {
  results: PagefindResult[];
}
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  mergeIndex(indexPath: string, options?: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<PagefindResponse>;
}

/** Results shown at first, and added by each press of 显示更多结果. */
const pageSize = 10;
/** Words of a query searched as phrases; a longer query keeps its first ones. */
const maxWords = 6;

for (const root of document.querySelectorAll<HTMLElement>('[data-search]')) enhance(root);

function enhance(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const place = form.querySelector<HTMLSelectElement>('select[name="place"]')!;
  const kinds = [...form.querySelectorAll<HTMLInputElement>('input[name="kind"]')];
  const template = root.querySelector<HTMLTemplateElement>('template[data-search-result]')!;
  const strings = template.dataset as { prompt: string; loading: string; count: string; none: string };
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  // The kinds, in the order the form lists them: story, dataset, place.
  const kindOrder = kinds.map((radio) => radio.value).filter(Boolean);
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const failed = root.querySelector<HTMLElement>('[data-search-failed]')!;

  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= (async () => {
      const bundle = new URL(root.dataset.bundle!, location.href);
      // The index's other shards (src/lib/pagefind.ts), asked for while Pagefind's script loads.
      const shards = fetch(new URL('shards.json', bundle)).then(async (response) => {
        if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status}`);
        return ((await response.json()) as { merge: string[] }).merge;
      });
      const loaded = (await import(/* @vite-ignore */ bundle.href)) as Pagefind;
      // The index holds each page's full path, base path included.
      const options = { baseUrl: '/', excerptLength: 36 };
      await loaded.options(options);
      for (const shard of await shards) await loaded.mergeIndex(shard, options);
      return loaded;
    })());

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const kind = params.get('kind') ?? '';
  for (const radio of kinds) radio.checked = radio.value === kind;
  if (!kinds.some((radio) => radio.checked)) kinds[0]!.checked = true;
  place.value = params.get('place') ?? '';
  if (place.selectedIndex < 0) place.value = '';

  let run = 0;
  let found: PagefindResult[] = [];
  let foundWords: string[] = [];
  let shown = 0;

  async function search(): Promise<void> {
    const query = input.value.trim();
    const filters: Record<string, string> = {};
    const kindValue = kinds.find((radio) => radio.checked)?.value ?? '';
    if (kindValue) filters.kind = kindValue;
    if (place.value) filters.place = place.value;
    const address = new URLSearchParams({ q: query, ...filters });
    history.replaceState(null, '', query ? `?${address}` : location.pathname);
    const current = ++run;
    if (!query) {
      found = [];
      list.replaceChildren();
      more.hidden = true;
      status.textContent = strings.prompt;
      return;
    }
    status.textContent = strings.loading;
    try {
      const results = await matching(await load(), query, filters);
      if (current !== run) return;
      found = results;
      foundWords = queryWords(query);
      shown = 0;
      list.replaceChildren();
      await showMore(current);
      if (current !== run) return;
      status.textContent = found.length > 0 ? fill(strings.count, { count: String(found.length) }) : fill(strings.none, { query });
    } catch {
      if (current !== run) return;
      status.textContent = '';
      failed.hidden = false;
    }
  }

  async function showMore(current: number): Promise<void> {
    const next = found.slice(shown, shown + pageSize);
    const data = await Promise.all(next.map((result) => result.data()));
    if (current !== run) return;
    // Within what is shown, pages whose title holds every word come first, stories before datasets before
    // places (Pagefind's ranking counts characters, which a long page has many of); otherwise Pagefind's order.
    const titled = (page: PagefindData) => foundWords.every((word) => (page.meta.title ?? '').toLowerCase().includes(word.toLowerCase()));
    const rank = (page: PagefindData) => (titled(page) ? kindOrder.indexOf(page.filters.kind?.[0] ?? '') : kindOrder.length);
    data.sort((a, b) => rank(a) - rank(b));
    list.append(...data.map(resultItem));
    shown += next.length;
    more.hidden = shown >= found.length;
  }

  function resultItem(data: PagefindData): Node {
    const item = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
    const link = item.querySelector<HTMLAnchorElement>('[data-title]')!;
    link.href = data.url;
    link.textContent = data.meta.title ?? data.url;
    item.querySelector('[data-kind]')!.textContent = data.meta.kind ?? '';
    const period = item.querySelector<HTMLElement>('[data-period]')!;
    if (data.meta.period) period.textContent = data.meta.period;
    else period.remove();
    item.querySelector('[data-excerpt]')!.append(...excerptNodes(data.excerpt));
    return item;
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => void search(), 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    void search();
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) void search();
  });
  more.addEventListener('click', () => void showMore(run));

  root.dataset.enhanced = 'true';
  if (input.value.trim()) void search();
  else status.textContent = strings.prompt;
}

/**
 * The pages that hold every word of the query as typed (its characters side by side), in the order of
 * Pagefind's ranked search; each result is the exact search's, so its excerpt marks the words themselves.
 */
async function matching(pagefind: Pagefind, query: string, filters: Record<string, string>): Promise<PagefindResult[]> {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const [ranked, ...exact] = await Promise.all([pagefind.search(words.map(characters).join(' '), { filters }), ...words.map((word) => pagefind.search(`"${characters(word)}"`, { filters }))]);
  const holding = exact.map((response) => new Set(response.results.map((result) => result.id)));
  const byId = new Map(exact[0]!.results.map((result) => [result.id, result]));
  const order = [...new Set([...ranked!.results.map((result) => result.id), ...byId.keys()])];
  return order.filter((id) => holding.every((ids) => ids.has(id))).map((id) => byId.get(id)!);
}

/** The words of a query, as the reader separated them; quotation marks are not part of a word. */
function queryWords(query: string): string[] {
  return query
    .replace(/["“”]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, maxWords);
}

/** A word as the index holds it: each Chinese character a word of its own (煤改电 → 煤 改 电). */
function characters(word: string): string {
  return word.replace(/\p{Script=Han}/gu, ' $& ').trim().replace(/\s+/g, ' ');
}

/**
 * Pagefind's excerpt (page text, escaped, with <mark> around the words found) as text and <mark> nodes only,
 * without the zero-width spaces the index puts between characters; adjacent marks (煤, 改, 电) become one.
 */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<body>${excerpt.replace(/\u200b/g, '')}</body>`, 'text/html').body;
  const nodes: Node[] = [];
  for (const node of parsed.childNodes) {
    const text = node.textContent ?? '';
    const last = nodes.at(-1);
    if (node instanceof HTMLElement && node.tagName === 'MARK') {
      if (last instanceof HTMLElement) last.textContent += text;
      else nodes.push(Object.assign(document.createElement('mark'), { textContent: text }));
    } else if (text) nodes.push(document.createTextNode(text));
  }
  return nodes;
}
