import { editorError, problemError, type DetailsOf, type ErrorCode } from '../../errors/messages.ts';
import { fieldWhere } from '../../errors/where.ts';
import type { CellRef } from '../../schemas/dataset-check.ts';
import type { ColumnMeta, DatasetMeta } from '../../schemas/dataset-meta.ts';
import { derivedMetaSchema, type DerivedMeta } from '../../schemas/derived-dataset.ts';
import { QuantityError } from '../arithmetic.ts';
import type { CellContext, Row } from '../cells.ts';
import { checkRegistryIds } from '../dataset.ts';
import type { Dataset, LocatedDataset } from '../dataset-types.ts';
import { checkMainColumn } from '../main-column.ts';
import { cellName, quantityAt, RefError, resolveCell } from '../refs.ts';
import { parseWithSchema } from '../schema-errors.ts';
import { parseLocatedYaml, type LocatedYaml } from '../yaml.ts';
import type { Reader } from './formula.ts';
import { formulaRegistry } from './index.ts';

/** A computed dataset's metadata, read and checked, waiting for the datasets it reads. */
export interface DerivedSpecFile {
  id: string;
  file: string;
  spec: DerivedMeta;
  located: LocatedYaml;
}

/** Reads `content/data/<id>.yaml` of a computed dataset (one with `formula:` and no CSV). */
export function readDerivedSpec(id: string, metaText: string, file: string, context: CellContext): DerivedSpecFile {
  const located = parseLocatedYaml(metaText, file);
  const spec = parseWithSchema(derivedMetaSchema, located, file, { hints: 'dataset' });
  checkRegistryIds(spec, located, file, context);
  return { id, file, spec, located };
}

/** A formula as the builder calls it, with any spec: the registry maps each name to the formula of that name. */
interface AnyFormula {
  describe(spec: DerivedMeta): string;
  inputs(spec: DerivedMeta): string[];
  readsChecks?: true;
  columns(spec: DerivedMeta, read: Reader): ColumnMeta[];
  rows(spec: DerivedMeta, read: Reader): Row[];
}

function formulaFor(spec: DerivedMeta): AnyFormula {
  return formulaRegistry[spec.formula] as unknown as AnyFormula;
}

/** The datasets a computed dataset reads, and whether it reads their check results. */
export function derivedInputs({ spec }: DerivedSpecFile): { ids: string[]; readsChecks: boolean } {
  const formula = formulaFor(spec);
  return { ids: formula.inputs(spec), readsChecks: formula.readsChecks === true };
}

/**
 * Computes a dataset's rows from `datasets`, which must hold its inputs. Its sources are its inputs' sources;
 * it was last updated when it or any input last was.
 */
export function buildDerived(derived: DerivedSpecFile, datasets: ReadonlyMap<string, Dataset>, placeNames?: ReadonlyMap<string, string>): LocatedDataset {
  const { id, file, spec, located } = derived;
  const at = (path: readonly PropertyKey[]) => ({ file, line: located.lineOf(path), where: fieldWhere(path) });
  const fail: Fail = (path, code, details) => {
    throw editorError(code, at(path), details);
  };
  const from = 'from' in spec ? spec.from : undefined;
  const atRef = <T>(path: readonly PropertyKey[], read: () => T): T => {
    try {
      return read();
    } catch (error) {
      if (error instanceof RefError) throw problemError(error.problem, at([...path, error.key]));
      throw error;
    }
  };
  const read: Reader = {
    datasets,
    quantity: (ref: CellRef, path) => atRef(path, () => quantityAt(ref, datasets, from)),
    name: (ref: CellRef, path) => atRef(path, () => cellName(resolveCell(ref, datasets, from), placeNames)),
    dataset: (datasetId, path) => datasets.get(datasetId) ?? fail(path, 'dataset-unknown', { found: datasetId, known: [...datasets.keys()].sort() }),
    compute: (path, step) => {
      try {
        return step();
      } catch (error) {
        if (error instanceof QuantityError) return fail(path, 'derived-not-computable', { reason: error.message });
        throw error;
      }
    },
  };
  const formula = formulaFor(spec);
  const columns = formula.columns(spec, read);
  checkMainColumn({ mainColumn: spec.mainColumn, columns }, at(['mainColumn']));
  const rows = formula.rows(spec, read);
  checkRows(rows, columns, fail);
  const inputs = formula.inputs(spec).map((input) => read.dataset(input, []));
  const meta: DatasetMeta = {
    title: spec.title,
    description: spec.description,
    subject: spec.subject,
    places: spec.places,
    period: spec.period,
    ...(spec.periodNote !== undefined && { periodNote: spec.periodNote }),
    ...(spec.periodKind !== undefined && { periodKind: spec.periodKind }),
    ...(spec.mainColumn !== undefined && { mainColumn: spec.mainColumn }),
    sources: [...new Set(inputs.flatMap((input) => input.meta.sources))],
    updated: [spec.updated, ...inputs.map((input) => input.meta.updated)].sort().at(-1)!,
    columns,
    ...(spec.notes !== undefined && { notes: spec.notes }),
    checks: spec.checks,
    // A computed figure has no quote: its page shows the formula and the inputs, whose quotes are theirs.
    provenance: [],
  };
  const dataset: Dataset = {
    id,
    meta,
    rows,
    files: { meta: file },
    provenance: [],
    derivation: { formula: spec.formula, description: formula.describe(spec), inputs: inputs.map((input) => input.id) },
  };
  return { dataset, lineOf: located.lineOf };
}

/** Computed rows obey the rules CSV rows do: a unique key in the first column, percentages within 0–100. */
/** Throws the catalogue's error for a mistake at a path of the computed dataset's YAML. */
type Fail = <C extends ErrorCode>(path: readonly PropertyKey[], code: C, details: DetailsOf<C>) => never;

function checkRows(rows: Row[], columns: DatasetMeta['columns'], fail: Fail): void {
  const key = columns[0]!.name;
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const value = String(row[key]);
    if (seen.has(value)) fail(['rows', index, 'key'], 'derived-duplicate-key', { found: value });
    seen.add(value);
    for (const column of columns) {
      const cell = row[column.name];
      if (column.type === 'percent' && typeof cell === 'number' && (cell < 0 || cell > 100)) {
        fail(['rows', index], 'derived-percent-out-of-range', { value: cell });
      }
    }
  });
}
