/**
 * Text widths in CSS pixels, estimated per character class. Plot measures every glyph as roughly half an
 * em, which is right for Latin digits but half the width of a Chinese character: labels sized by Plot's
 * estimate overflow their margins. Widths here are deliberately on the wide side. The em dash (—, as in
 * 10月15日—4月15日) is a full em in every font.
 */
const wide = /[\u2014\u2015\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

function charWidth(char: string): number {
  if (wide.test(char)) return 1;
  if (/[0-9]/.test(char)) return 0.6;
  if (/[A-Z]/.test(char)) return 0.7;
  if (/[a-z]/.test(char)) return 0.55;
  if (char === ' ') return 0.3;
  return 0.45;
}

/** Width of one line of text at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += charWidth(char);
  return ems * fontSize;
}

const closing = /^[）)」』》〉】、，。：；！？%]/u;
const opening = /^[（(「『《〈【]$/u;

/** How wide a line of text is at a font size, in px: `textWidth`'s estimate, or a real font's advances. */
export type MeasureText = (text: string, fontSize: number) => number;

/**
 * Breaks a label into lines no wider than `maxWidth`: Chinese may break between any two characters, Latin
 * words stay whole. Returns at least one line. Widths are `textWidth`'s estimate unless `measure` is given
 * (share cards measure with the font they are drawn in, src/lib/fonts.ts).
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, measure: MeasureText = textWidth): string[] {
  const tokens = text.match(/[A-Za-z0-9.%\-]+|\s+|./gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line && measure(line + token, fontSize) > maxWidth) {
      // Closing punctuation never starts a line: it takes the character before it along (“面积”/“）”
      // becomes “面”/“积）”). Opening punctuation never ends one: it moves down to what it opens.
      const carried = closing.test(token) && [...line].length > 1 ? [...line].at(-1)! : opening.test([...line].at(-1)!) && [...line].length > 1 ? [...line].at(-1)! : '';
      lines.push(line.slice(0, line.length - carried.length).trimEnd());
      line = carried + token.trimStart();
    } else {
      line += token;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}
