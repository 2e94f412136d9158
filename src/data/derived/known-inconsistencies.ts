import type { ColumnMeta } from '../../schemas/dataset-meta.ts';
import { differenceOf } from '../arithmetic.ts';
import type { Row } from '../cells.ts';
import type { CheckResult } from '../dataset-types.ts';
import type { Formula } from './formula.ts';
import { quantityColumns } from './long-table.ts';

const columns: ColumnMeta[] = [
  { name: 'key', type: 'string', label: '代码', optional: false },
  { name: 'dataset', type: 'string', label: '所在数据集', optional: false },
  { name: 'label', type: 'string', label: '核对', optional: false },
  ...quantityColumns({ name: 'reported', label: '报道的数', unitColumn: 'unit' }, '报道的数限定'),
  ...quantityColumns({ name: 'computed', label: '按报道其他数字得出的数', unitColumn: 'unit' }, '得出的数限定'),
  ...quantityColumns({ name: 'difference', label: '相差（得出的数减报道的数）', unitColumn: 'unit' }, '相差限定'),
  { name: 'unit', type: 'string', label: '单位', optional: false },
  { name: 'comparison', type: 'string', label: '比较', optional: false },
  { name: 'explanation', type: 'string', label: '说明', optional: false },
];

/**
 * A known inconsistency as a row: the figure the report states, what its other figures give, and the gap, so
 * that a story can say “报道说2500元，按它给的热价和供热期算是近2797.2元” with every number bound.
 */
export function inconsistencyRow(dataset: string, result: CheckResult): Row {
  const difference = differenceOf(result.computed, result.reported);
  return {
    key: result.check.id!,
    dataset,
    label: result.check.label,
    reported: result.reported.value,
    reported_qualifier: result.reported.qualifier,
    computed: result.computed.value,
    computed_qualifier: result.computed.qualifier,
    difference: difference.value,
    difference_qualifier: difference.qualifier,
    unit: result.reported.unit,
    comparison: result.reading,
    explanation: result.check.known!,
  };
}

export const knownInconsistenciesFormula: Formula<'known-inconsistencies'> = {
  name: 'known-inconsistencies',
  describe: (spec) => `列出 ${spec.datasets.join('、')} 中标为 known 的核对：报道的数、按报道其他数字得出的数，以及两者之差（得出的数减报道的数）。这些核对每次构建都重新计算，矛盾一旦消失，构建就会停下。`,
  inputs: (spec) => spec.datasets,
  readsChecks: true,
  columns: () => columns,
  rows: (spec, read) =>
    spec.datasets.flatMap((id, i) => {
      const dataset = read.dataset(id, ['datasets', i]);
      return (dataset.checkResults ?? [])
        .filter((result) => result.check.known !== undefined)
        .map((result) => read.compute(['datasets', i], () => inconsistencyRow(id, result)));
    }),
};
