import { EditorError } from '../../errors/editor-error.ts';
import type { CellRef } from '../../schemas/dataset-check.ts';
import type { ColumnMeta, DatasetMeta } from '../../schemas/dataset-meta.ts';
import { derivedMetaSchema, type DerivedMeta } from '../../schemas/derived-dataset.ts';
import { QuantityError } from '../arithmetic.ts';
import type { CellContext, Row } from '../cells.ts';
import { checkRegistryIds, metaHints } from '../dataset.ts';
import type { Dataset, LocatedDataset } from '../dataset-types.ts';
import { cellName, quantityAt, RefError, resolveCell } from '../refs.ts';
import { displayField, parseWithSchema } from '../schema-errors.ts';
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
  const spec = parseWithSchema(derivedMetaSchema, located, file, {
    hints: { ...metaHints, formula: '计算数据集写 formula: 加公式名（见 docs/DATASETS.md 的“计算数据集”）；有 CSV 的数据集不写 formula。' },
  });
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
  const fail = (path: readonly PropertyKey[], found: string | undefined, expected: string, fix: string): never => {
    throw new EditorError({ file, line: located.lineOf(path), where: `字段“${displayField(path)}”`, found, expected, fix });
  };
  const from = 'from' in spec ? spec.from : undefined;
  const atRef = <T>(path: readonly PropertyKey[], read: () => T): T => {
    try {
      return read();
    } catch (error) {
      if (error instanceof RefError) return fail([...path, error.key], error.found, error.expected, error.fix);
      throw error;
    }
  };
  const read: Reader = {
    datasets,
    quantity: (ref: CellRef, path) => atRef(path, () => quantityAt(ref, datasets, from)),
    name: (ref: CellRef, path) => atRef(path, () => cellName(resolveCell(ref, datasets, from), placeNames)),
    dataset: (datasetId, path) => datasets.get(datasetId) ?? fail(path, datasetId, `已有的数据集 id（${[...datasets.keys()].sort().join('、')}）`, '改成 content/data/ 里某个数据集的 id。'),
    compute: (path, step) => {
      try {
        return step();
      } catch (error) {
        if (error instanceof QuantityError) return fail(path, undefined, `可以计算的数字（${error.message}）`, '检查引用的单元格、它们的单位和限定词；公式的写法见 docs/DATASETS.md 的“计算数据集”。');
        throw error;
      }
    },
  };
  const formula = formulaFor(spec);
  const columns = formula.columns(spec, read);
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
function checkRows(rows: Row[], columns: DatasetMeta['columns'], fail: (path: readonly PropertyKey[], found: string | undefined, expected: string, fix: string) => never): void {
  const key = columns[0]!.name;
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const value = String(row[key]);
    if (seen.has(value)) fail(['rows', index, 'key'], value, '不重复的行键', '给这一行换一个 key。');
    seen.add(value);
    for (const column of columns) {
      const cell = row[column.name];
      if (column.type === 'percent' && typeof cell === 'number' && (cell < 0 || cell > 100)) {
        fail(['rows', index], `${cell}%`, '0 到 100 之间的百分数', '部分大于整体：检查 part 与 whole 是否写反，或引用的数字是否照报道抄录。');
      }
    }
  });
}
