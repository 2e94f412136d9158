/**
 * Where in a file a mistake stands, in the words of a message (the `where` of an EditorLocation): the
 * same place is named the same way whichever module finds the mistake there.
 */

/** A field path as editors read it: columns[1].type. */
export function displayField(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');
}

/** A YAML field: `字段“columns[1].type”`; `what` says whose (`frontmatter `, `第2条地点的`). */
export function fieldWhere(path: readonly PropertyKey[], what = ''): string {
  return `${what}字段“${displayField(path) || '（整个文件）'}”`;
}

/** A CSV cell's column: `列“residential”（第2列，元/平方米·月）`; `index` is 1-based. */
export function cellWhere(column: { name: string; unit?: string | undefined }, index: number): string {
  return `列“${column.name}”（第${index}列${column.unit ? `，${column.unit}` : ''}）`;
}

/** A column of a CSV header, 1-based. */
export function headerWhere(index: number): string {
  return `表头第${index}列`;
}

/** A check of a dataset's `checks:` list. */
export function checkWhere(check: { label: string; type: string }, index: number): string {
  return `核对“${check.label}”（checks[${index}]，${check.type}）`;
}

/** A field of a dataset's `provenance:` entry; `index` is 0-based. */
export function provenanceWhere(index: number, key: string): string {
  return `provenance 第${index + 1}条的“${key}”`;
}

/** A prop of an editor component in a story: `<BarChart> 的属性“dataset”`; without a name, its props. */
export function propWhere(component: string, prop?: string): string {
  return `<${component}> 的属性${prop === undefined ? '' : `“${prop}”`}`;
}

/** A reported figure of a dataset, by its row key and column: `provenance（行“repairs”列“value”）`. */
export function figureWhere(row: string, column: string): string {
  return `provenance（行“${row}”列“${column}”）`;
}

/** The file an editor error names when a component is not in a story (no `__source`): a page's own template. */
export const pageTemplate = '（页面模板）';
