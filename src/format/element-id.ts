/**
 * A short stable id for an element of a page (a figure, the calculator), from what makes it unique there:
 * its kind, its props and its MDX line (two figures with the same props on one page would otherwise share it).
 */
export function figureId(kind: string, parts: readonly unknown[]): string {
  let hash = 2166136261;
  for (const char of JSON.stringify(parts)) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 16777619);
  }
  return `fig-${kind}-${(hash >>> 0).toString(36)}`;
}
