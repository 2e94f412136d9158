import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unitOf } from '../../src/data/cell-text.ts';
import { loadAllDatasets } from '../../src/data/load-all.ts';
import { isNumericType, numericColumnTypes } from '../../src/schemas/column-types.ts';

/**
 * docs/figure-inventory.md maps every figure of the five reports to the dataset cell holding it. These tests
 * keep the map and the datasets in step both ways: every pointer lands on a filled cell, and every figure
 * in a CSV dataset is pointed at from some line of a report.
 */
const root = path.resolve(import.meta.dirname, '../..');
const inventory = readFileSync(path.join(root, 'docs/figure-inventory.md'), 'utf8');
const datasets = new Map(loadAllDatasets(path.join(root, 'content')).map((d) => [d.id, d]));

interface Pointer {
  dataset: string;
  row: string;
  column?: string;
  text: string;
}

// `dataset-id` · `row` / `column`, the column optional (name lists point at a row).
const pointerPattern = /`([a-z0-9]+(?:-[a-z0-9]+)*)` · `([^`]+)`(?: \/ `([a-z][a-z0-9_]*)`)?/g;
const pointers: Pointer[] = [...inventory.matchAll(pointerPattern)].map((m) => ({ dataset: m[1]!, row: m[2]!, column: m[3], text: m[0] }));

/** The dataset ids in the inventory's two overview tables, in their order. */
const overview = [...inventory.split('\n## 000')[0]!.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]!);

const numericOrDate = new Set<string>([...numericColumnTypes, 'date']);

describe('the figure inventory', () => {
  it('finds its pointers', () => {
    expect(pointers.length).toBeGreaterThan(100);
  });

  it('points only at filled cells of datasets that exist, in rows their key names alone', () => {
    const broken = pointers.flatMap((pointer) => {
      const dataset = datasets.get(pointer.dataset);
      if (!dataset) return [`${pointer.text}: no dataset ${pointer.dataset}`];
      const key = dataset.meta.columns[0]!.name;
      const rows = dataset.rows.filter((r) => String(r[key]) === pointer.row);
      if (rows.length !== 1) return [`${pointer.text}: ${rows.length} rows with ${pointer.row} in ${key}`];
      const row = rows[0]!;
      if (pointer.column === undefined) return [];
      if (!dataset.meta.columns.some((c) => c.name === pointer.column)) return [`${pointer.text}: no column ${pointer.column}`];
      return row[pointer.column] === null ? [`${pointer.text}: empty cell`] : [];
    });
    expect(broken).toEqual([]);
  });

  it('is pointed at from every figure of every CSV dataset: no dataset holds a number the reports lack', () => {
    const pointed = new Set(pointers.flatMap((p) => [`${p.dataset}|${p.row}|${p.column ?? ''}`, `${p.dataset}|${p.row}|`]));
    const unpointed = [...datasets.values()]
      .filter((d) => !d.derivation)
      .flatMap((dataset) => {
        const key = dataset.meta.columns[0]!.name;
        return dataset.rows.flatMap((row) => {
          const cells = dataset.meta.columns.filter((c) => numericOrDate.has(c.type) && row[c.name] !== null);
          // A row without figures (a name list, a date the report gives only in words) must be pointed at as a row.
          const targets = cells.length > 0 ? cells.map((c) => c.name) : [''];
          return targets.filter((column) => !pointed.has(`${dataset.id}|${String(row[key])}|${column}`)).map((column) => `${dataset.id} · ${String(row[key])}${column && ` / ${column}`}`);
        });
      });
    expect(unpointed).toEqual([]);
  });

  it('lists every dataset the site publishes, once, and computed ones as computed', () => {
    expect([...overview].sort()).toEqual([...datasets.keys()].sort());
    const computedSection = inventory.split('计算所得（')[1]!.split('\n---')[0]!;
    const listedComputed = [...computedSection.matchAll(/^\| `([a-z0-9-]+)` \| ([a-z-]+) \|/gm)].map((m) => [m[1], m[2]]);
    expect(listedComputed.sort()).toEqual(
      [...datasets.values()]
        .filter((d) => d.derivation)
        .map((d) => [d.id, d.derivation!.formula])
        .sort(),
    );
  });

  it('has every figure of every dataset, computed ones included, with a unit and a named source', () => {
    const bare = [...datasets.values()].flatMap((dataset) =>
      dataset.rows.flatMap((row) =>
        dataset.meta.columns
          .filter((c) => isNumericType(c.type) && row[c.name] !== null && unitOf(row, c) === '')
          .map((c) => `${dataset.id} · ${String(row[dataset.meta.columns[0]!.name])} / ${c.name}`),
      ),
    );
    expect(bare).toEqual([]);
    expect([...datasets.values()].filter((d) => d.meta.sources.length === 0).map((d) => d.id)).toEqual([]);
  });
});
