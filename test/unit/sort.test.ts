import { describe, expect, it } from 'vitest';
import { sortBy } from '../../src/charts/common/sort.ts';

const items = [
  { name: 'a', n: 2 },
  { name: 'b', n: null },
  { name: 'c', n: 5 },
  { name: 'd', n: 2 },
  { name: 'e', n: null },
];
const names = (list: readonly { name: string }[]) => list.map((item) => item.name).join('');

describe('sortBy', () => {
  it('orders by the number, largest or smallest first, items without one last in the table’s order', () => {
    expect(names(sortBy(items, 'descending', (item) => item.n))).toBe('cadbe');
    expect(names(sortBy(items, 'ascending', (item) => item.n))).toBe('adcbe');
  });

  it('keeps the table’s order for none, and never reorders its input', () => {
    const sorted = sortBy(items, 'none', (item) => item.n);
    expect(names(sorted)).toBe('abcde');
    expect(sorted).not.toBe(items);
    sortBy(items, 'descending', (item) => item.n);
    expect(names(items)).toBe('abcde');
  });
});
