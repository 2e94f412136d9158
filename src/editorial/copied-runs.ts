/**
 * The rule for the source reports: facts may be used, sentences may not. A story may share no run of
 * `minRun` (20) or more characters with a report. Texts are compared after folding width (NFKC) and dropping
 * spaces, punctuation, symbols, Latin letters and digits, so that changing a comma or retyping a figure does
 * not hide a copied sentence.
 */
export const minRun = 20;

/** The characters the rule compares: Chinese text without punctuation, spaces, digits or Latin letters. */
export function comparable(text: string): string {
  return text.normalize('NFKC').replace(/[\s\p{P}\p{S}\x00-\x7f]/gu, '');
}

/** Every run of `minRun` characters of the reports, for fast look-up. */
export function reportIndex(reports: string[], run = minRun): Set<string> {
  const index = new Set<string>();
  for (const report of reports) {
    const text = comparable(report);
    for (let i = 0; i + run <= text.length; i++) index.add(text.slice(i, i + run));
  }
  return index;
}

/** The maximal runs of `text` (compared as above) that also occur in a report, longest first. */
export function copiedRuns(text: string, index: Set<string>, run = minRun): string[] {
  const chars = comparable(text);
  const runs: string[] = [];
  let start = -1;
  let end = -1;
  for (let i = 0; i + run <= chars.length; i++) {
    if (!index.has(chars.slice(i, i + run))) continue;
    if (start >= 0 && i <= end) end = i + run;
    else {
      if (start >= 0) runs.push(chars.slice(start, end));
      start = i;
      end = i + run;
    }
  }
  if (start >= 0) runs.push(chars.slice(start, end));
  return runs.sort((a, b) => b.length - a.length);
}

/** Length of the longest run `text` shares with `reports`, however short: for the check script's table. */
export function longestSharedRun(text: string, reports: string[]): number {
  const chars = comparable(text);
  const all = reports.map(comparable);
  let best = 0;
  for (let i = 0; i < chars.length; i++) {
    for (let length = best + 1; i + length <= chars.length; length++) {
      const piece = chars.slice(i, i + length);
      if (!all.some((report) => report.includes(piece))) break;
      best = length;
    }
  }
  return best;
}
