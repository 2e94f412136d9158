import type { SiteContent } from '../data/site.ts';
import type { Row } from '../data/dataset.ts';
import type { BigNumbersModel } from './big-numbers/model.ts';
import type { DataTableModel } from './data-table/model.ts';
import type { FigureModel, FigureOptions } from './model.ts';

/** Props as an editor writes them in MDX, with `__source` added by src/mdx/source-location.ts. */
export type EditorProps = Record<string, unknown>;

/** How the page shows a chart type's model: a <figure> with drawings, a row of key figures, or a table. */
export interface Views {
  figure: FigureModel;
  'big-numbers': BigNumbersModel;
  table: DataTableModel;
}

/** One use of a chart type in the gallery (/gallery/), with a sentence before it when it needs one. */
export interface GalleryExample {
  note?: string;
  props: EditorProps;
}

/** A prop as docs/CHARTS.md lists it. */
export interface PropDoc {
  name: string;
  /** true, false, or when it is required (宽表必填). */
  required: boolean | string;
  /** How to write it, in Chinese, for editors (Markdown). */
  text: string;
}

/**
 * A chart type: everything the site needs to know of it, in its own folder (src/charts/<type>/index.ts). The
 * registry (src/charts/index.ts) lists them; the MDX components, the gallery, the benchmark's cases, small
 * multiples' panel types and the props tables in docs/CHARTS.md are all read from it.
 */
export interface ChartType<V extends keyof Views = keyof Views> {
  /** The MDX component's name, e.g. BarChart. */
  component: string;
  view: V;
  /**
   * Props → checked data → model. Every editor mistake is a build error here, at the component's MDX line.
   * `fallbackFile` names the file when there is no `__source` (a page template).
   */
  build: (props: EditorProps, site: SiteContent, fallbackFile?: string, options?: FigureOptions) => Views[V];
  /** Present when small multiples can repeat the type: which props name its numeric columns. */
  panel?: {
    /** Props naming numeric columns; values of a list prop (values="a、b") count each. */
    valueProps: readonly string[];
    /** For charts whose axis spans sums (stacked bars), the extent of one group's rows. */
    extent?: (props: EditorProps, rows: readonly Row[]) => number[];
  };
  /** What the gallery says of the type and shows of it; the first example is also the benchmark's case. */
  gallery: { title: string; description: string; examples: readonly [GalleryExample, ...GalleryExample[]] };
  /** The type's own props (the shared ones are listed once), for docs/CHARTS.md. */
  props: readonly PropDoc[];
  /** What the props table lists when not the component's props: 键 (the keys of each of `items`). */
  propsHeading?: string;
}

/** What editors read of a type, kept in docs.json in its folder: its gallery entry and its props table. */
export type ChartDocs = Pick<ChartType, 'gallery' | 'props' | 'propsHeading'>;

/**
 * Declares a chart type from its docs.json and its code. Its `build` may type its props: they come from MDX
 * unchecked, and `build` checks each one (a missing or wrong prop is an editor error), so the registry hands it
 * whatever the editor wrote.
 */
export function defineChart<V extends keyof Views, P>(
  docs: { gallery: { title: string; description: string; examples: readonly GalleryExample[] }; props: readonly PropDoc[]; propsHeading?: string },
  code: Omit<ChartType<V>, keyof ChartDocs | 'build'> & { build: (props: P, site: SiteContent, fallbackFile?: string, options?: FigureOptions) => Views[V] },
): ChartType<V> {
  const [first, ...rest] = docs.gallery.examples;
  if (!first) throw new Error(`<${code.component}>: its docs.json gives no gallery example; the gallery, the benchmark and the tests need one.`);
  return { ...code, ...docs, gallery: { ...docs.gallery, examples: [first, ...rest] } } as unknown as ChartType<V>;
}