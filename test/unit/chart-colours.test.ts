import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Marks must stand out from the page: every colour a chart draws data or annotations with has a contrast of at
 * least 3:1 (WCAG 1.4.11, non-text) against the page background, in the light and in the dark theme; chart text
 * at least 4.5:1. Read from the stylesheets themselves, so a new colour is checked as soon as it is added.
 */
const styles = path.resolve(import.meta.dirname, '../../src/styles');

/**
 * A stylesheet's light colours (before the dark theme), its dark ones as the reader's system asks for them, and
 * the same forced by a page's theme-dark class (an embed page's ?theme=dark), which must be the same values.
 */
function themes(file: string): { light: Map<string, string>; dark: Map<string, string>; forcedDark: Map<string, string> } {
  const css = readFileSync(path.join(styles, file), 'utf8');
  const block = (marker: string) => {
    const start = css.indexOf(marker);
    if (start < 0) throw new Error(`${file}: no “${marker}”`);
    return { start, text: css.slice(start, css.indexOf('}', start)) };
  };
  const vars = (text: string) => new Map([...text.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!]));
  const dark = block('@media screen and (prefers-color-scheme: dark) {\n  :root:not(.theme-light) {');
  return { light: vars(css.slice(0, dark.start)), dark: vars(dark.text), forcedDark: vars(block(':root.theme-dark {').text) };
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

const site = themes('global.css');
const charts = themes('charts.css');

describe('chart colours', () => {
  it('reads a background and the chart colours for both themes', () => {
    for (const theme of ['light', 'dark'] as const) {
      expect(site[theme].get('--bg')).toMatch(/^#/);
      expect([...charts[theme].keys()].filter((name) => name.startsWith('--chart-series-'))).toHaveLength(5);
    }
  });

  it('are the same in the dark theme whether the system asks for it or a page forces it (theme-dark)', () => {
    for (const sheet of [site, charts]) {
      expect(sheet.dark.size).toBeGreaterThanOrEqual(7);
      expect(sheet.forcedDark).toEqual(sheet.dark);
      expect([...sheet.dark.keys()].sort()).toEqual([...sheet.light.keys()].filter((name) => name !== '--measure').sort());
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`give every data mark 3:1 and chart text 4.5:1 against the ${theme} page`, () => {
      const bg = site[theme].get('--bg')!;
      const marks = [...charts[theme]].filter(([name]) => /^--chart-(bar|accent|axis|annotation|series-\d)$/.test(name));
      expect(marks.length).toBeGreaterThanOrEqual(9);
      const weak = marks.filter(([, colour]) => contrast(colour, bg) < 3).map(([name, colour]) => `${name} ${colour}: ${contrast(colour, bg).toFixed(2)}`);
      expect(weak).toEqual([]);
      for (const name of ['--chart-text', '--chart-muted']) expect(contrast(charts[theme].get(name)!, bg), name).toBeGreaterThanOrEqual(4.5);
      expect(charts[theme].get('--chart-halo')).toBe(bg);
    });

    it(`give values written inside series colours (stacked segments) 4.5:1 in the ${theme} theme`, () => {
      const text = charts[theme].get('--chart-on-series')!;
      const series = [...charts[theme]].filter(([name]) => name.startsWith('--chart-series-'));
      const weak = series.filter(([, colour]) => contrast(text, colour) < 4.5).map(([name, colour]) => `${name} ${colour}: ${contrast(text, colour).toFixed(2)}`);
      expect(weak).toEqual([]);
    });
  }
});
