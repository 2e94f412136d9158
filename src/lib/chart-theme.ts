import { readFileSync } from 'node:fs';
import path from 'node:path';
import postcss, { type Node, type Rule } from 'postcss';

/**
 * The light theme of the site's stylesheets as concrete values, for SVG that leaves the page (a download, a
 * share card): on the page a chart's marks are coloured `var(--chart-bar)` and its root `color:
 * var(--chart-text)` by src/styles/charts.css; a file on its own has no stylesheet, so every `var(--…)` and
 * `currentColor` in it is replaced by the light theme's value, read here from the same CSS files (the `:root`
 * rules outside `@media (prefers-color-scheme: dark)`). A colour changed in the CSS changes the files too.
 */
export const stylesheets = ['src/styles/global.css', 'src/styles/charts.css'] as const;

/** The rules of charts.css that style a chart's drawing on the page (`.chart__drawing svg …`). */
export const drawingSelector = '.chart__drawing svg';

export interface ChartTheme {
  /** Every custom property of the light theme, resolved: `--chart-bar` → `#4f6d8f`. */
  properties: Map<string, string>;
  /** The drawing's text colour (what `currentColor` is in a chart). */
  text: string;
  /** The page's background. */
  background: string;
  /** Secondary text (the unit and source lines). */
  muted: string;
  /** The site's accent colour (links, the share card's rule). */
  accent: string;
  /** Hair lines between parts. */
  rule: string;
  /**
   * The declarations charts.css gives the drawing's parts, by selector with `.chart__drawing svg` taken off
   * (`''` is the svg itself, `text`, `.hsd-tabular-nums`), values resolved. State the enhancer adds
   * (`:focus-visible`, `.is-active`, `.is-dimmed`) is left out: a file is not interactive.
   */
  drawingRules: { selector: string; declarations: [string, string][] }[];
}

let cached: ChartTheme | undefined;

/** The light theme, read once from the stylesheets (from the project folder, where builds, tests and scripts run). */
export function chartTheme(): ChartTheme {
  cached ??= readTheme(stylesheets.map((file) => readFileSync(path.resolve(file), 'utf8')));
  return cached;
}

/** The theme of some CSS texts (the site's stylesheets, in the order pages load them). */
export function readTheme(css: readonly string[]): ChartTheme {
  const raw = new Map<string, string>();
  const drawing: { selector: string; declarations: [string, string][] }[] = [];
  for (const text of css) {
    const root = postcss.parse(text);
    root.walkRules((rule) => {
      if (insideMedia(rule)) return;
      for (const selector of rule.selectors) {
        if (selector === ':root') rule.walkDecls(/^--/, (decl) => void raw.set(decl.prop, decl.value));
        if (selector === drawingSelector || selector.startsWith(`${drawingSelector} `)) {
          const rest = selector.slice(drawingSelector.length).trim();
          if (/:focus|\.is-/.test(rest)) continue;
          const declarations: [string, string][] = [];
          rule.walkDecls((decl) => void declarations.push([decl.prop, decl.value]));
          drawing.push({ selector: rest, declarations });
        }
      }
    });
  }
  const properties = new Map<string, string>();
  const resolve = (value: string, seen: Set<string> = new Set()): string =>
    value.replace(/var\((--[a-z0-9-]+)(?:,\s*([^)]*))?\)/gi, (_all, name: string, fallback?: string) => {
      if (seen.has(name)) throw new Error(`${name} refers to itself in ${stylesheets.join(', ')}.`);
      const found = raw.get(name) ?? fallback;
      if (found === undefined) throw new Error(`var(${name}) is not a custom property of the light theme (${stylesheets.join(', ')}).`);
      return resolve(found, new Set([...seen, name]));
    });
  for (const [name, value] of raw) properties.set(name, resolve(value));
  const get = (name: string) => {
    const value = properties.get(name);
    if (!value) throw new Error(`${name} is not set in the light theme (${stylesheets.join(', ')}).`);
    return value;
  };
  return {
    properties,
    text: get('--chart-text'),
    background: get('--bg'),
    muted: get('--muted'),
    accent: get('--accent'),
    rule: get('--rule'),
    drawingRules: drawing.map(({ selector, declarations }) => ({ selector, declarations: declarations.map(([prop, value]) => [prop, resolve(value)]) })),
  };
}

function insideMedia(rule: Rule): boolean {
  for (let parent: Node | undefined = rule.parent; parent; parent = parent.parent) if (parent.type === 'atrule') return true;
  return false;
}

/**
 * A presentation attribute's value with the theme put in: `var(--chart-bar)` → `#4f6d8f`, `currentColor` →
 * the drawing's text colour. Fails on a custom property the theme lacks, so no `var()` reaches a file.
 */
export function themed(value: string, theme: ChartTheme): string {
  return value
    .replace(/var\((--[a-z0-9-]+)\)/gi, (_all, name: string) => {
      const found = theme.properties.get(name);
      if (!found) throw new Error(`Chart colour var(${name}) is not a custom property of the light theme (${stylesheets.join(', ')}).`);
      return found;
    })
    .replace(/\bcurrentColor\b/g, theme.text);
}
