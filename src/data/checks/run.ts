import { EditorError } from '../../errors/editor-error.ts';
import { QuantityError } from '../arithmetic.ts';
import type { CheckResult, Dataset, LocatedDataset } from '../dataset-types.ts';
import { displayField } from '../schema-errors.ts';
import type { Comparison } from './comparison.ts';
import { CheckRefError, describeComparison, evaluateCheck, expectation, readComparison } from './evaluate.ts';

const declareKnown = '先核对这些数字是否照报道抄录；若报道本身前后矛盾，保留原数，给这条核对加上 id 和 known: <矛盾之处>（见 docs/DATASETS.md 的“核对”）。';

/** Ids of the datasets a dataset's checks read: they must be loaded before the checks can run. */
export function checkInputs(dataset: Dataset): string[] {
  const refs = dataset.meta.checks.flatMap((check) => {
    switch (check.type) {
      case 'sum':
        return [...check.parts, check.total];
      case 'at-most':
        return [check.value, check.limit];
      case 'share':
        return [check.share, check.part, check.whole];
      case 'product':
        return [...check.factors, check.result];
      case 'days-between':
        return [check.from, check.to, check.days];
    }
  });
  return [...new Set(refs.map((ref) => ref.dataset ?? dataset.id))];
}

/**
 * Runs a dataset's checks (a check may compare figures across datasets). A check that fails stops the build;
 * so does a known inconsistency that no longer fails, since the desk would otherwise go on telling readers the
 * report contradicts itself. Returns the results in declaration order.
 */
export function runChecks({ dataset, lineOf }: LocatedDataset, datasets: ReadonlyMap<string, Dataset>, placeNames?: ReadonlyMap<string, string>): CheckResult[] {
  const file = dataset.files.meta;
  return dataset.meta.checks.map((check, index) => {
    const where = `核对“${check.label}”（checks[${index}]，${check.type}）`;
    let result: Comparison;
    try {
      result = evaluateCheck(check, datasets, dataset.id);
    } catch (error) {
      if (error instanceof CheckRefError) {
        const path = ['checks', index, ...error.path, error.refError.key];
        throw new EditorError({ file, line: lineOf(path), where: `字段“${displayField(path)}”`, found: error.refError.found, expected: error.refError.expected, fix: error.refError.fix });
      }
      if (error instanceof QuantityError) {
        throw new EditorError({ file, line: lineOf(['checks', index]), where, expected: `可以相互比较的数字（${error.message}）`, fix: '检查这条核对引用的单元格和它们的单位、限定词。' });
      }
      throw error;
    }
    const text = describeComparison(check, result, dataset.id);
    if (!result.holds && check.known === undefined) {
      throw new EditorError({ file, line: lineOf(['checks', index]), where, found: text, foundInFull: true, expected: expectation(result), fix: declareKnown });
    }
    if (result.holds && check.known !== undefined) {
      throw new EditorError({
        file,
        line: lineOf(['checks', index, 'known']),
        where,
        found: text,
        foundInFull: true,
        expected: '仍然对不上（这条核对标了 known，即报道在这里自相矛盾）',
        fix: '数字改过以后已经相符：确认改动照报道抄录，然后删掉 known 这一行，并改写引用这处矛盾的报道。',
      });
    }
    return { ...result, check, text, reading: readComparison(check, result, datasets, dataset.id, placeNames) };
  });
}
