/**
 * The types a CSV column can have, apart from the metadata schema (dataset-meta.ts) so that code bound for the
 * browser can ask whether a column is numeric without loading zod. See docs/DATASETS.md for what each accepts.
 */
export const columnTypes = ['string', 'integer', 'number', 'percent', 'date', 'qualifier', 'place', 'source'] as const;
export type ColumnType = (typeof columnTypes)[number];

/** The types whose cells are numbers: the only ones with a unit or a qualifier, the ones checks and formulas read. */
export const numericColumnTypes = ['number', 'integer', 'percent'] as const satisfies readonly ColumnType[];

export function isNumericType(type: ColumnType): boolean {
  return (numericColumnTypes as readonly ColumnType[]).includes(type);
}
