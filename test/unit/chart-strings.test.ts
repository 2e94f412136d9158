import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * What a reader sees of a chart (its summary, table headers, axis labels, notes) comes from src/i18n/zh-CN.json:
 * no module in src/charts/ writes Chinese outside its comments, except those listed here, each with why. Read
 * from the sources themselves (TypeScript's own parser tells comments from code), so a new inline string fails
 * as soon as it is written.
 */
const root = path.resolve(import.meta.dirname, '../..');
const charts = path.join(root, 'src/charts');

/**
 * Modules that may still hold Chinese outside comments, by path from the project's root, with the reason: none
 * for an editor error, whose words are the catalogue's (src/errors/messages/).
 */
const allowed: Record<string, string> = {
  'src/charts/season-calendar/figure.ts': '天, the unit a days column must have, as datasets write it',
  'src/charts/registry.ts': 'the headings of the props tables in docs/CHARTS.md, which are for editors (their words are in each type’s docs.json)',
};

const han = /\p{Script=Han}/u;

/** Every token of a module that holds a Chinese character, as `file:line: token`. Comments are not tokens. */
function chineseTokens(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(path.join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    // A /** … */ comment is parsed as a JSDoc node among the children of what it documents: still a comment.
    if (node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode) return;
    if (node.getChildCount(source) > 0) return node.getChildren(source).forEach(visit);
    const text = node.getText(source);
    if (han.test(text)) found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}: ${text}`);
  };
  visit(source);
  return found;
}

const modules = readdirSync(charts, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.ts'))
  .map((name) => path.posix.join('src/charts', name.split(path.sep).join('/')))
  .sort();

describe('chart strings', () => {
  it('finds the modules and tells comments from code', () => {
    expect(modules).toContain('src/charts/bar/summary.ts');
    // bar/spec.ts speaks Chinese only in its comments.
    expect(readFileSync(path.join(root, 'src/charts/bar/spec.ts'), 'utf8')).toMatch(han);
    expect(chineseTokens('src/charts/bar/spec.ts')).toEqual([]);
    // The season calendar's only Chinese is the unit 天; its error messages are the catalogue's.
    expect(chineseTokens('src/charts/season-calendar/figure.ts').map((token) => token.replace(/^.*?: /, ''))).toEqual(["'天'", "'天'", "'天'"]);
  });

  it('no chart module writes Chinese outside comments, except those allowed with a reason', () => {
    const offending = modules.filter((file) => !(file in allowed)).flatMap(chineseTokens);
    expect(offending, 'move these strings to src/i18n/zh-CN.json and read them with t() and fill()').toEqual([]);
  });

  it('allows only modules that exist and still hold Chinese, so the list shrinks as strings move', () => {
    const stale = Object.keys(allowed).filter((file) => !modules.includes(file) || chineseTokens(file).length === 0);
    expect(stale, 'remove these from `allowed`').toEqual([]);
  });
});
