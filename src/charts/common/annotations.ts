import * as Plot from '@observablehq/plot';
import type { SiteContent } from '../../data/site.ts';
import type { ChartLayout } from './layout.ts';
import { findFigure } from '../../inline/num.ts';
import { editorError } from '../../errors/messages.ts';
import { propAt, propValue, type SourceLocation } from '../../data/props.ts';

/**
 * Annotations an editor places on a chart, in data coordinates:
 *
 *   annotations={[
 *     { x: 50, label: "国家标准上限" },                                  // a reference line across the x axis
 *     { y: { dataset: "…", row: "…", column: "…" }, label: "全省平均" },   // a line at a figure from a dataset
 *     { x: "2025-11-15", y: 20, label: "正式供热" },                      // a note at a point
 *   ]}
 *
 * A coordinate is a number, a date (YYYY-MM-DD), a category as shown on the chart, or a figure bound to a
 * dataset. Labels are words only: a number a reader sees must come from a dataset, so a bound figure's value
 * is appended to its label automatically, and digits typed into a label are a build error.
 */
export type Coordinate = number | string;

/** An annotation resolved: coordinates as values, the label as it will be drawn. */
export interface Annotation {
  x?: Coordinate;
  y?: Coordinate;
  label: string;
}

type Bound = { dataset: string; row: string; column: string };

const isBound = (value: unknown): value is Bound =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && 'dataset' in value && 'row' in value && 'column' in value;

/** Checks the `annotations` prop and resolves bound figures. */
export function parseAnnotations(at: SourceLocation, component: string, value: unknown, context: SiteContent): Annotation[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw editorError('annotations-not-array', propAt(at, component, 'annotations'), { found: propValue(value) });
  return value.map((item: unknown, index) => {
    const where = `annotations[${index}]`;
    if (typeof item !== 'object' || item === null) throw editorError('annotation-not-object', propAt(at, component, where), { found: propValue(item) });
    const { x, y, label, ...rest } = item as Record<string, unknown>;
    const extra = Object.keys(rest);
    if (extra.length > 0) throw editorError('annotation-extra-keys', propAt(at, component, where), { keys: extra });
    if (x === undefined && y === undefined) throw editorError('annotation-position-missing', propAt(at, component, where), { found: JSON.stringify(item) });
    const labelAt = propAt(at, component, `${where}.label`);
    if (typeof label !== 'string' || label.trim() === '') throw editorError('prop-text-invalid', labelAt, { found: propValue(label), prop: `${where}.label`, annotation: true });
    if (/[<>]/.test(label)) throw editorError('prop-text-markup', labelAt, { found: label });
    if (/\d/.test(label)) throw editorError('prop-text-digits', labelAt, { found: label, in: 'annotation' });
    const parts: string[] = [label.trim()];
    const coordinate = (axis: 'x' | 'y', raw: unknown): Coordinate | undefined => {
      if (raw === undefined) return undefined;
      if (typeof raw === 'number' && Number.isFinite(raw)) return raw;
      if (typeof raw === 'string' && raw.trim() !== '') return raw.trim();
      if (isBound(raw)) {
        const figure = findFigure(at, component, raw, context);
        parts.push(figure.text);
        return figure.value;
      }
      throw editorError('annotation-coordinate-invalid', propAt(at, component, `${where}.${axis}`), { found: propValue(raw) });
    };
    return { x: coordinate('x', x), y: coordinate('y', y), label: parts.join(' ') };
  });
}

/** Numeric coordinates on one axis, for a spec to include in its domain. */
export function annotationValues(annotations: readonly Annotation[], axis: 'x' | 'y'): number[] {
  return annotations.flatMap((a) => (typeof a[axis] === 'number' && (axis === 'x' ? a.y === undefined : a.x === undefined) ? [a[axis] as number] : []));
}

/** Text over a chart keeps a halo of the page colour, so a line or bar beneath never runs through it. */
export const halo = { stroke: 'var(--chart-halo)', strokeWidth: 4, paintOrder: 'stroke' } as const;

export interface AnnotationLayout {
  /** Turn a coordinate into the scale's value (a date string into a Date on a season axis, say). */
  x?: (value: Coordinate) => unknown;
  y?: (value: Coordinate) => unknown;
  /** Where a value falls across the plot, 0 (left) to 1 (right): labels right of the middle read leftwards. */
  xFraction?: (value: Coordinate) => number;
}

/**
 * Plot marks for annotations: a dashed rule with its label for a line, a ring with its label for a note.
 * Put them after the grid and before the data marks, so the data draws over the rules.
 */
export function annotationMarks(annotations: readonly Annotation[], layout: ChartLayout, map: AnnotationLayout = {}): Plot.Markish[] {
  const mx = map.x ?? ((v: Coordinate) => v);
  const my = map.y ?? ((v: Coordinate) => v);
  const style = { fill: 'var(--chart-annotation)', fontSize: layout.fontSize - 1, ariaHidden: 'true', ...halo } as const;
  return annotations.flatMap((a): Plot.Markish[] => {
    const rightward = a.x === undefined || (map.xFraction?.(a.x) ?? 0) < 0.5;
    const anchor = { textAnchor: rightward ? 'start' : 'end', dx: rightward ? 4 : -4 } as const;
    if (a.x !== undefined && a.y !== undefined) {
      const datum = [{ x: mx(a.x), y: my(a.y), label: a.label }];
      return [
        Plot.dot(datum, { x: 'x', y: 'y', r: 4, stroke: 'var(--chart-annotation)', strokeWidth: 1.5, fill: 'none' }),
        Plot.text(datum, { x: 'x', y: 'y', text: 'label', dy: -layout.fontSize, ...anchor, ...style }),
      ];
    }
    if (a.x !== undefined) {
      const datum = [{ x: mx(a.x), label: a.label }];
      return [
        Plot.ruleX(datum, { x: 'x', stroke: 'var(--chart-annotation)', strokeDasharray: '4 3', strokeWidth: 1.5 }),
        Plot.text(datum, { x: 'x', frameAnchor: 'top', text: 'label', dy: -4, lineAnchor: 'bottom', ...anchor, ...style }),
      ];
    }
    const datum = [{ y: my(a.y!), label: a.label }];
    return [
      Plot.ruleY(datum, { y: 'y', stroke: 'var(--chart-annotation)', strokeDasharray: '4 3', strokeWidth: 1.5 }),
      Plot.text(datum, { y: 'y', frameAnchor: 'right', text: 'label', dy: -layout.fontSize * 0.7, textAnchor: 'end', ...style }),
    ];
  });
}
