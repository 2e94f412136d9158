/** How an editor asks for a chart's items to be ordered: by a number of each, or as the table gives them. */
export type Sort = 'descending' | 'ascending' | 'none';

/**
 * Items ordered by a number of each (a bar's value, a group's total, a share done); items without one go
 * last, in the table's order. The sort is stable: equal numbers keep the table's order too.
 */
export function sortBy<T>(items: readonly T[], sort: Sort, by: (item: T) => number | null): T[] {
  if (sort === 'none') return [...items];
  const sign = sort === 'descending' ? -1 : 1;
  return [...items].sort((a, b) => {
    const x = by(a);
    const y = by(b);
    if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0);
    return sign * (x - y);
  });
}
