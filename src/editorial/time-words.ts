/**
 * Time is explicit. A story dated 2026-11-23 that says 本采暖期 is read in December 2026 as 2026-2027. So words
 * whose meaning depends on when they are read may stand only inside a quotation (the report's own words) or in
 * the same clause as the explicit period (2025-2026采暖期, 2022年).
 */
export const relativeTimeWords = [
  '今年', '去年', '明年', '前年', '本年度', '本年', '今冬', '今春', '今夏', '今秋', '入冬以来',
  '本采暖期', '本供暖期', '本采暖季', '本供暖季', '本供热期', '本季', '这个采暖季', '这个供暖季', '这一季', '这个冬天', '这一采暖季',
  '刚过去的', '刚结束的', '刚刚过去', '上个采暖季', '上一个采暖季', '新采暖季', '新一个采暖季', '下一个采暖期',
  '近日', '日前', '目前', '当前', '如今', '眼下', '近年', '近期', '至今', '近来',
] as const;

/** An explicit period: a year or a season with its word (2022年, 2025-2026采暖期, 2024—2025采暖季, 2025年度). */
export const explicitPeriod = /\d{4}(?:\s*[-—–~至]\s*\d{4})?\s*(?:年度|年|采暖期|采暖季|供暖期|供暖季|供热期)/;

/** What a story without a printed year names instead of one. */
export const unknownYear = /年份不详|未(?:写明|印出|注明|交代)(?:年份|哪一年)|没有(?:写明|印出|注明|交代)?年份|不知是哪一年/;

/** Spans of a text inside quotation marks: “…”, 「…」 and 《…》. */
export function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const [open, close] of [['“', '”'], ['「', '」'], ['《', '》']] as const) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(open, from);
      if (start < 0) break;
      const end = text.indexOf(close, start + 1);
      if (end < 0) break;
      spans.push([start, end + 1]);
      from = end + 1;
    }
  }
  return spans;
}

/** A time word used outside a quotation and away from an explicit period: the word and its clause. */
export interface UnanchoredTime {
  word: string;
  clause: string;
}

const clauseBreak = /[，。；：！？,;!?\n]/;

export function unanchoredTimeWords(text: string): UnanchoredTime[] {
  const quoted = quotedSpans(text);
  const found: UnanchoredTime[] = [];
  for (const word of relativeTimeWords) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      if (quoted.some(([start, end]) => at >= start && at < end)) continue;
      // 明 after a verb is its complement, not 明年: 写明年份, 注明年份, 说明年份.
      if (word === '明年' && /[写注说标载表查证阐声指讲申]$/.test(text.slice(0, at))) continue;
      // A longer listed word at the same place (本采暖期 within 这一采暖季…) is reported once, as itself.
      let start = at;
      while (start > 0 && !clauseBreak.test(text[start - 1]!)) start--;
      let end = at + word.length;
      while (end < text.length && !clauseBreak.test(text[end]!)) end++;
      const clause = text.slice(start, end);
      if (explicitPeriod.test(clause)) continue;
      if (found.some((f) => f.clause === clause && f.word.includes(word))) continue;
      found.push({ word, clause });
    }
  }
  return found;
}
