import type { EditorLocation } from '../errors/editor-error.ts';
import { editorError } from '../errors/messages.ts';
import { isNumericType } from '../schemas/column-types.ts';
import type { ColumnMeta } from '../schemas/dataset-meta.ts';

/** What a dataset's main column is read from: its metadata's `mainColumn`, if any, and its columns. */
interface MainColumnMeta {
  mainColumn?: string | undefined;
  columns: readonly ColumnMeta[];
}

/**
 * The column a figure shows when it names none (`<Num d="alias.row" />`, docs/WRITING.md): the column the
 * metadata names in `mainColumn`, else the dataset's only numeric column (number, integer, percent). None when
 * it has several and names none: the figure must then name its column.
 */
export function mainColumnOf(meta: MainColumnMeta): ColumnMeta | undefined {
  const numeric = meta.columns.filter((column) => isNumericType(column.type));
  if (meta.mainColumn !== undefined) return numeric.find((column) => column.name === meta.mainColumn);
  return numeric.length === 1 ? numeric[0] : undefined;
}

/** A `mainColumn` the metadata writes names one of its numeric columns: else the build stops at that line. */
export function checkMainColumn(meta: MainColumnMeta, at: EditorLocation): void {
  if (meta.mainColumn === undefined || mainColumnOf(meta)) return;
  const columns = meta.columns.filter((column) => isNumericType(column.type)).map((column) => column.name);
  throw editorError('main-column-invalid', at, { found: meta.mainColumn, columns });
}
