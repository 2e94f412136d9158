import { figureWhere } from '../where.ts';
import type { Area, Entry, Examples } from './entry.ts';

/** A quote and the article it is credited to, with the article's lines on its page. */
interface Quoted {
  found: string;
  source: string;
  page: string;
  lines: readonly [number, number];
}

const article = (source: string, page: string, [first, last]: readonly [number, number]) => `报道“${source}”（${page} 第${first}–${last}行）`;

/** Found by `npm run quotes`, which checks every quote against the archived page of its article. */
export const quoteMessages = {
  /** 引文出自同版的另一篇报道（npm run quotes）。 */
  'quote-in-other-article': (d: Quoted & { other: string; otherPage: string; otherLines: readonly [number, number] }) => ({
    expected: `${article(d.source, d.page, d.lines)}里的原话，而这句出自${article(d.other, d.otherPage, d.otherLines)}`,
    fix: `把 source 改成 ${d.other}，并把它列进数据集的 sources。`,
  }),
  /** 引文在同一版面上，却不在这篇报道的起止行里（npm run quotes）。 */
  'quote-outside-article': (d: Quoted) => ({
    expected: `${article(d.source, d.page, d.lines)}之内的原话，而这句在版面 ${d.page} 的这些行之外，是同版另一篇稿件的话`,
    fix: '核对这个数字出自哪篇报道；若确属本报道，改正 content/sources.yaml 里的 lines。',
  }),
  /** 报道原文里找不到这句引文（npm run quotes）。 */
  'quote-not-in-article': (d: Quoted) => ({
    expected: `${article(d.source, d.page, d.lines)}里逐字可查的原话，而这些行里找不到这句`,
    fix: '照版面原文逐字摘引（只可省去换行），不超过40字，含数字、限定词和所指。',
  }),
  /** 一个报道数字没有出处（npm run quotes）。 */
  'figure-unquoted': (d: { row: string; column: string }) => ({
    expected: 'provenance 里的一条出处：报道写这个数的原话',
    fix: `在 provenance 里加一条 { row: ${d.row}, column: ${d.column}, quote: <报道原话> }。`,
  }),
} satisfies Record<string, Entry>;

const meta = 'content/data/baotou-heating-scale-2025-2026.yaml';
const page = '000_d80636934d123922.txt';

export const quoteExamples: Examples<typeof quoteMessages> = {
  'quote-in-other-article': {
    at: { file: meta, where: figureWhere('huadian-baotou', 'heating_area') },
    details: { found: '供热面积965.13万平方米', source: 'baotou-season-end-2026', page, lines: [3, 23], other: 'baotou-huadian-season-2026', otherPage: page, otherLines: [25, 37] },
  },
  'quote-outside-article': { at: { file: meta, where: figureWhere('repairs', 'value') }, details: { found: '植树1200棵', source: 'baotou-season-end-2026', page, lines: [3, 23] } },
  'quote-not-in-article': { at: { file: meta, where: figureWhere('repairs', 'value') }, details: { found: '开展抢修共88次', source: 'baotou-season-end-2026', page, lines: [3, 23] } },
  'figure-unquoted': { at: { file: meta, where: figureWhere('repairs', 'value') }, details: { row: 'repairs', column: 'value' } },
};

export const quoteArea: Area<typeof quoteMessages> = { title: '出处的原话（npm run quotes）', module: 'quotes.ts', messages: quoteMessages, examples: quoteExamples };
