import { qualifierOf, unitOf } from '../../data/cell-text.ts';
import { pageTemplate } from '../../errors/where.ts';
import { provenanceOf } from '../../data/provenance.ts';
import { sourceLabel } from '../../format/source.ts';
import type { Row } from '../../data/dataset.ts';
import { formatValue } from '../../format/number.ts';
import { periodPhrase } from '../../format/period.ts';
import { fill } from '../../i18n/fill.ts';
import { t } from '../../i18n/index.ts';
import type { ColumnMeta, Qualifier } from '../../schemas/dataset-meta.ts';
import { changeText } from '../common/change.ts';
import { datasetSources, type SiteContent } from '../../data/site.ts';
import { figureId } from '../../format/element-id.ts';
import { findFigure, type Figure } from '../../inline/num.ts';
import { editorError } from '../../errors/messages.ts';
import { parseList, parseSourceLocation, propAt, propValue, type SourceLocation } from '../../data/props.ts';

/** A figure named by dataset, row (first column's value) and numeric column. */
export interface FigureRef {
  dataset: string;
  row: string;
  column: string;
}

/** One key figure as an editor writes it in `items`. */
export interface BigNumberItem extends FigureRef {
  /** What the figure is; defaults to the row's label column, or the column's label. Words only. */
  label?: string;
  /** A figure to compare with: a column of the same row, or a figure elsewhere. */
  compare?: string | FigureRef;
  /** What the comparison figure is, e.g. 上一采暖季. Words only. */
  compareLabel?: string;
}

/**
 * Props of `<BigNumbers>`: a row of key figures. Either `items` (figures from any datasets), or the short
 * form `dataset` + `rows` + `column` (several rows of one dataset). See docs/CHARTS.md.
 */
export interface BigNumbersProps {
  items?: BigNumberItem[];
  dataset?: string;
  rows?: string;
  column?: string;
  /** Column of the same rows to compare with (short form). */
  compare?: string;
  compareLabel?: string;
  title?: string;
  __source?: string;
  /** Where the items were written when not in MDX (content/places.yaml), for error messages. */
  __file?: string;
}

export interface BigNumberModel {
  label: string;
  /** The value as a sentence says it, split so the number can be set large: 3962 / 万平方米. */
  number: string;
  unit: string;
  text: string;
  /** 比上一采暖季增加12.5万平方米（增长3.2%）; absent without a comparison. */
  comparison?: string;
  dataset: { id: string; title: string };
  /** When the figure is from: the row's period cell where the dataset has one, else the dataset's period. */
  period: string;
  sources: { id: string; label: string }[];
}

export interface BigNumbersModel {
  id: string;
  title?: string;
  items: BigNumberModel[];
}

const component = 'BigNumbers';
const maxItems = 6;

export function bigNumbersModel(props: BigNumbersProps, context: SiteContent, fallbackFile = pageTemplate): BigNumbersModel {
  const at = parseSourceLocation(props.__source, fallbackFile);
  const items = props.items ?? shortForm(at, props);
  if (!Array.isArray(items) || items.length === 0) throw editorError('big-numbers-empty', propAt(at, component, 'items'), { found: propValue(props.items) });
  if (items.length > maxItems) throw editorError('big-numbers-too-many', propAt(at, component, 'items'), { count: items.length, max: maxItems });
  return {
    id: figureId('numbers', [items, at.line ?? 0]),
    title: props.title,
    items: items.map((item, index) => bigNumber(at, `items[${index}]`, item, context)),
  };
}

function shortForm(at: SourceLocation, props: BigNumbersProps): BigNumberItem[] {
  if (props.dataset === undefined) return [];
  const rows = parseList(props.rows);
  if (rows.length === 0) throw editorError('big-numbers-rows-missing', propAt(at, component, 'rows'), { found: propValue(props.rows) });
  return rows.map((row) => ({ dataset: props.dataset!, row, column: props.column!, compare: props.compare, compareLabel: props.compareLabel }));
}

function wordsOnly(at: SourceLocation, prop: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') throw editorError('prop-text-invalid', propAt(at, component, prop), { found: propValue(value), prop });
  if (/[<>]/.test(value)) throw editorError('prop-text-markup', propAt(at, component, prop), { found: value });
  if (/\d/.test(value)) throw editorError('prop-text-digits', propAt(at, component, prop), { found: value, in: 'big-number' });
  return value.trim();
}

function bigNumber(at: SourceLocation, where: string, item: BigNumberItem, context: SiteContent): BigNumberModel {
  if (typeof item !== 'object' || item === null) throw editorError('big-number-not-object', propAt(at, component, where), { found: propValue(item) });
  const figure = findFigure(at, component, item, context);
  const label = wordsOnly(at, `${where}.label`, item.label) ?? rowLabel(figure.row, figure.dataset.meta.columns) ?? figure.column.label;
  const unit = unitOf(figure.row, figure.column);
  const text = figure.text;
  // Split the formatted text around the number so the number can be set large: 约 | 3962 | 万平方米.
  const match = /^(\D*?)(-?[\d,.]+)(.*)$/.exec(text);
  const model: BigNumberModel = {
    label,
    number: match ? `${match[1]}${match[2]}` : text,
    unit: match ? match[3]! : '',
    text,
    dataset: { id: figure.dataset.id, title: figure.dataset.meta.title },
    period: rowPeriod(figure.row) ?? periodPhrase(figure.dataset.meta.period, figure.dataset.meta.periodKind),
    sources: figureSources(figure, context),
  };
  if (item.compare !== undefined) {
    const other = typeof item.compare === 'string'
      ? findFigure(at, component, { dataset: item.dataset, row: item.row, column: item.compare }, context)
      : findFigure(at, component, item.compare, context);
    const otherUnit = unitOf(other.row, other.column);
    if (otherUnit !== unit) throw editorError('big-number-units-differ', propAt(at, component, `${where}.compare`), { other: other.text, otherUnit, figure: text, unit });
    const compareLabel = wordsOnly(at, `${where}.compareLabel`, item.compareLabel) ?? rowLabel(other.row, other.dataset.meta.columns) ?? other.column.label;
    model.comparison = comparison({ value: figure.value, qualifier: qualifierOf(figure.row, figure.column) }, { value: other.value, qualifier: qualifierOf(other.row, other.column), text: other.text }, unit, compareLabel);
    for (const source of figureSources(other, context)) {
      if (!model.sources.some((s) => s.id === source.id)) model.sources.push(source);
    }
  }
  return model;
}

/** The article a figure is quoted from, or, without a quote (a computed figure), its dataset's sources. */
function figureSources(figure: Figure, context: SiteContent): { id: string; label: string }[] {
  const quoted = provenanceOf(figure.dataset, figure.row, figure.column.name);
  return quoted ? [{ id: quoted.source, label: sourceLabel(context.sources.get(quoted.source)!) }] : datasetSources(figure.dataset, context);
}

/** A row's own period cell, as prose names it (2021 → 2021年); none where the dataset has no such column. */
function rowPeriod(row: Row): string | undefined {
  const period = row.period;
  if (typeof period !== 'string' || period === '') return undefined;
  return /^\d{4}$/.test(period) ? fill(t('date.year'), { year: period }) : period;
}

/** The row's own label (a `label` or `name` text column), when the dataset has one. */
function rowLabel(row: Row, columns: readonly ColumnMeta[]): string | undefined {
  const column = columns.find((c) => c.type === 'string' && /(^|_)(label|name)$/.test(c.name));
  const value = column ? row[column.name] : undefined;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * 比上一采暖季增加12.5万平方米（增长3.2%）: the difference computed here, never typed. A qualified figure (约, 近,
 * 余, 以上…) gives a change no more precise than it allows, in the words changeText uses everywhere, and no
 * relative change.
 */
export function comparison(figure: ComparedFigure, other: ComparedFigure & { text: string }, unit: string, compareLabel: string): string {
  const head = `${t('numbers.than')}${compareLabel}（${other.text}）`;
  if ((figure.qualifier ?? null) !== null || (other.qualifier ?? null) !== null) {
    return `${head}${changeText({ value: other.value, qualifier: other.qualifier ?? null }, { value: figure.value, qualifier: figure.qualifier ?? null }, unit, { down: t('numbers.down'), up: t('numbers.up') })}`;
  }
  const difference = figure.value - other.value;
  if (difference === 0) return `${t('numbers.sameAs')}${compareLabel}（${other.text}）${t('numbers.flat')}`;
  const verb = difference > 0 ? t('numbers.up') : t('numbers.down');
  const amount = formatValue(Math.round(Math.abs(difference) * 1e6) / 1e6, unit === '%' ? t('change.points') : unit);
  const relative = other.value !== 0 && unit !== '%' ? `，${difference > 0 ? t('numbers.rise') : t('numbers.fall')}${formatValue(Math.round((Math.abs(difference) / Math.abs(other.value)) * 1000) / 10, '%')}` : '';
  return `${head}${verb}${amount}${relative}`;
}

/** What a comparison needs of a figure: its value and how exact it is. */
interface ComparedFigure {
  value: number;
  qualifier?: Qualifier | null;
}
