import { numericText } from '../data/cell-text.ts';
import { findRow } from '../data/refs.ts';
import { pageTemplate } from '../errors/where.ts';
import { provenanceOf } from '../data/provenance.ts';
import { sourceLabel } from '../format/source.ts';
import { t } from '../i18n/index.ts';
import { datasetSources, type SiteContent } from '../data/site.ts';
import type { Dataset, Row } from '../data/dataset.ts';
import type { ColumnMeta } from '../schemas/dataset-meta.ts';
import { editorError } from '../errors/messages.ts';
import { mainColumnOf } from '../data/main-column.ts';
import { isNumericType } from '../schemas/column-types.ts';
import { parseSourceLocation, propAt, propValue, requireColumn, requireDataset, type SourceLocation } from '../data/props.ts';

/**
 * Props of `<Num>`: one figure in running text, read from a dataset instead of typed. See docs/WRITING.md. The
 * short form `<Num d="alias.row" />` (alias.row.column) arrives with `dataset`, `row` and, when `d` names one,
 * `column` set by the MDX plugin (src/mdx/data-aliases.ts); without a column it shows the dataset's main column.
 * The directive `:num[alias.row]` is that element (src/mdx/directives.ts): it arrives here the same way.
 */
export interface NumProps {
  /** Dataset id. */
  dataset: string;
  /** The row, by the value of the dataset's first column (its key). */
  row: string;
  /** The numeric column to show; in the short form, the dataset's main column when left out. */
  column?: string;
  /** The short form as the editor wrote it (`cap.chp_plants`): mistakes in it are named as the prop `d`. */
  d?: string;
  /** Set by the MDX plugin: where the component stands. */
  __source?: string;
}

export interface ResolvedNum {
  /** The figure as a sentence says it: 3962万平方米, 4000余个. */
  text: string;
  datasetId: string;
  /** Tooltip: what the figure is and where it comes from. */
  description: string;
}

/** A figure looked up in a dataset: its value, and its text as a sentence says it. */
export interface Figure {
  value: number;
  text: string;
  dataset: Dataset;
  row: Row;
  column: ColumnMeta;
}

/** How a figure was written: the props its mistakes are named by, and for the short form (`d`), as written. */
interface Written {
  /** The short form as written (`cap.chp_plants`): every mistake is in the prop `d`, and a missing column is the main column. */
  d?: string | undefined;
}

/**
 * Finds one figure by dataset, row key (the first column's value) and numeric column. A dataset, row or
 * column that does not resolve, or an empty cell, is a build error at the component's MDX line. Written in
 * the short form (`written.d`), a figure with no column shows the dataset's main column (src/data/main-column.ts).
 */
export function findFigure(at: SourceLocation, component: string, ref: { dataset: unknown; row: unknown; column?: unknown }, context: SiteContent, written: Written = {}): Figure {
  const short = written.d !== undefined;
  const prop = (name: 'dataset' | 'row' | 'column') => (short ? 'd' : name);
  const dataset = requireDataset(at, component, ref.dataset, context.datasets);
  const lookup = findRow(dataset, String(ref.row));
  if (lookup.found !== 'one') {
    const { keyColumn, keys } = lookup;
    const found = propValue(ref.row) ?? '';
    throw lookup.found === 'none'
      ? editorError('row-unknown', propAt(at, component, prop('row')), { found, dataset: dataset.id, key: keyColumn.name, rows: keys })
      : editorError('row-ambiguous', propAt(at, component, prop('row')), { found, dataset: dataset.id, key: keyColumn.name, count: lookup.count, file: dataset.files.csv ?? dataset.files.meta });
  }
  const row = lookup.row;
  let name = ref.column;
  if (short && name === undefined) {
    const main = mainColumnOf(dataset.meta);
    if (!main) {
      const columns = dataset.meta.columns.filter((c) => isNumericType(c.type)).map((c) => ({ name: c.name, label: c.label }));
      throw editorError('figure-main-column-missing', propAt(at, component, 'd'), { found: written.d!, dataset: dataset.id, columns, meta: dataset.files.meta });
    }
    name = main.name;
  }
  const column = requireColumn(at, component, prop('column'), name, dataset, 'numeric');
  const text = numericText(row, column);
  if (text === null) throw editorError('ref-cell-empty', propAt(at, component, prop('column')), { found: column.name, wanted: 'numeric', row: String(ref.row) });
  return { value: row[column.name] as number, text: text!, dataset, row, column };
}

/** Looks a figure up for running text. */
export function resolveNum(props: NumProps, context: SiteContent, fallbackFile = pageTemplate): ResolvedNum {
  const at = parseSourceLocation(props.__source, fallbackFile);
  const figure = findFigure(at, 'Num', props, context, { d: props.d });
  return { text: figure.text, datasetId: figure.dataset.id, description: figureCitation(figure, context) };
}

/**
 * What a figure's tooltip says of it: its label and value, then the report's own words in quotation marks with
 * the article (“累计接听用户热线13505个”——包头日报（推定）《…》), or, for a computed figure, the sources it
 * was computed from.
 */
export function figureCitation(figure: Figure, context: SiteContent): string {
  const quoted = provenanceOf(figure.dataset, figure.row, figure.column.name);
  const head = `${figure.column.label}：${figure.text}。`;
  if (quoted) return `${head}${t('figure.quoted')}“${quoted.quote}”——${sourceLabel(context.sources.get(quoted.source)!)}`;
  const sources = datasetSources(figure.dataset, context).map((s) => s.label).join('、');
  return `${head}${figure.dataset.derivation ? t('figure.computedFrom') : `${t('chart.source')}：`}${sources}`;
}
