import { editorError, problemError } from '../../errors/messages.ts';
import { checkWhere, fieldWhere } from '../../errors/where.ts';
import { QuantityError } from '../arithmetic.ts';
import type { CheckResult, Dataset, LocatedDataset } from '../dataset-types.ts';
import type { Comparison } from './comparison.ts';
import { CheckRefError, describeComparison, evaluateCheck, readComparison } from './evaluate.ts';


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
    const where = checkWhere(check, index);
    let result: Comparison;
    try {
      result = evaluateCheck(check, datasets, dataset.id);
    } catch (error) {
      if (error instanceof CheckRefError) {
        const path = ['checks', index, ...error.path, error.refError.key];
        throw problemError(error.refError.problem, { file, line: lineOf(path), where: fieldWhere(path) });
      }
      if (error instanceof QuantityError) {
        throw editorError('check-not-comparable', { file, line: lineOf(['checks', index]), where }, { reason: error.message });
      }
      throw error;
    }
    const text = describeComparison(check, result, dataset.id);
    if (!result.holds && check.known === undefined) {
      throw editorError('check-fails', { file, line: lineOf(['checks', index]), where }, { found: text, relation: result.relation });
    }
    if (result.holds && check.known !== undefined) {
      throw editorError('check-known-resolved', { file, line: lineOf(['checks', index, 'known']), where }, { found: text });
    }
    return { ...result, check, text, reading: readComparison(check, result, datasets, dataset.id, placeNames) };
  });
}
