import type { Check } from '../schemas/dataset-check.ts';
import type { DatasetMeta } from '../schemas/dataset-meta.ts';
import type { Row } from './cells.ts';
import type { Comparison } from './checks/comparison.ts';

/**
 * The shape of a dataset, apart from the code that builds it (dataset.ts reads one, derived/ computes one,
 * load-all.ts settles them all and runs their checks): so that what reads a dataset, from a cell up to a check,
 * imports types from here and never the builder, and src/data/ has no import cycle.
 */

/** A validated dataset: metadata and rows whose cells have their column's type. */
export interface Dataset {
  id: string;
  meta: DatasetMeta;
  rows: Row[];
  /** Project-relative paths of the files it was read from; a computed dataset has no CSV. */
  files: { csv?: string; meta: string };
  /** Set on a computed dataset (src/data/derived/): how its rows were computed, and from which datasets. */
  derivation?: Derivation;
  /** The results of the metadata's `checks`, set once every dataset is loaded (src/data/checks/run.ts). */
  checkResults?: CheckResult[];
  /** The article and quote of each reported figure that has one (src/data/provenance.ts); none for a computed dataset. */
  provenance: FigureProvenance[];
}

/** How a computed dataset's rows come about. */
export interface Derivation {
  /** The formula's name, as the metadata writes it: season-cost, share, ratio…. */
  formula: string;
  /** The formula in Chinese words, for the dataset's page. */
  description: string;
  /** Ids of the datasets it reads. */
  inputs: string[];
}

/** One reported figure's provenance, resolved: the cell, its article and its quote. */
export interface FigureProvenance {
  /** The row's key (its first column's value). */
  row: string;
  column: string;
  /** Article id from content/sources.yaml. */
  source: string;
  quote: string;
}

/** A check as it came out in this build: shown on the dataset's page; known inconsistencies become data. */
export interface CheckResult extends Comparison {
  check: Check;
  /** The comparison as editors read it, naming the cells by row and column (as build errors do). */
  text: string;
  /** The comparison as readers read it, naming the figures by their labels, with their values. */
  reading: string;
}

/** A dataset with the lines of its metadata file, for messages. */
export interface LocatedDataset {
  dataset: Dataset;
  lineOf(path: readonly PropertyKey[]): number;
}
