import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { editorError } from '../errors/messages.ts';
import { idPattern } from '../schemas/id.ts';
import { checkInputs, runChecks } from './checks/run.ts';
import { displayPath } from './content-dir.ts';
import { buildDerived, derivedInputs, readDerivedSpec, type DerivedSpecFile } from './derived/build.ts';
import { buildLocatedDataset } from './dataset.ts';
import type { Dataset, LocatedDataset } from './dataset-types.ts';
import { readRegistry } from './registry.ts';

/** A dataset YAML that is a computed dataset's (it says `formula:`), not the metadata of a CSV. */
export function isComputedDataset(metaText: string): boolean {
  return /^formula\s*:/m.test(metaText);
}

/**
 * Every dataset in `<content>/data/`: each `<id>.csv` with its `<id>.yaml` beside it, and each computed
 * dataset (a `<id>.yaml` with `formula:` and no CSV), checked against the places and sources registries and
 * against the `checks` their metadata declares. Throws an EditorError at the first problem.
 */
export function loadAllDatasets(content: string): Dataset[] {
  const registry = readRegistry(content);
  const dir = path.join(content, 'data');
  const names = readdirSync(dir).sort();
  // A spreadsheet saved as .xlsx, an upper-case .CSV, a backup: no dataset would come of it, and nobody would know.
  const stray = names.find((name) => !name.startsWith('.') && !/\.(csv|ya?ml)$/.test(name));
  if (stray) throw editorError('data-stray-file', { file: displayPath(path.join(dir, stray)) }, { found: stray, dir: displayPath(dir) });
  const ids = new Set(names.filter((name) => /\.(csv|ya?ml)$/.test(name)).map((name) => name.replace(/\.(csv|ya?ml)$/, '')));
  const loaded: LocatedDataset[] = [];
  const pending: DerivedSpecFile[] = [];
  for (const id of ids) {
    const csv = names.includes(`${id}.csv`) ? path.join(dir, `${id}.csv`) : undefined;
    const metaName = names.find((name) => name === `${id}.yaml` || name === `${id}.yml`);
    if (!idPattern.test(id)) {
      throw editorError('dataset-id-invalid', { file: displayPath(csv ?? path.join(dir, metaName!)) }, { found: id });
    }
    const metaText = metaName ? readFileSync(path.join(dir, metaName), 'utf8') : undefined;
    const computed = metaText !== undefined && isComputedDataset(metaText);
    if (computed && csv) {
      throw editorError('dataset-formula-with-csv', { file: displayPath(path.join(dir, metaName!)) }, { csv: displayPath(csv) });
    }
    if (computed) {
      pending.push(readDerivedSpec(id, metaText, displayPath(path.join(dir, metaName!)), registry));
      continue;
    }
    if (!csv || !metaName) {
      const present = displayPath(csv ?? path.join(dir, metaName!));
      const absent = displayPath(path.join(dir, csv ? `${id}.yaml` : `${id}.csv`));
      throw editorError('dataset-file-alone', { file: present }, { found: path.basename(present), present, absent });
    }
    const meta = path.join(dir, metaName);
    loaded.push(buildLocatedDataset({ id, csvText: readFileSync(csv, 'utf8'), metaText: metaText!, files: { csv: displayPath(csv), meta: displayPath(meta) } }, registry));
  }
  return settle(loaded, pending, new Map(registry.places.map((place) => [place.id, place.shortName])));
}

/**
 * Computes the computed datasets and runs every dataset's checks, each as soon as what it reads is there: a
 * computed dataset may read another, a check may compare figures across datasets, and the list of known
 * inconsistencies reads check results.
 */
function settle(loaded: LocatedDataset[], pending: DerivedSpecFile[], placeNames: ReadonlyMap<string, string>): Dataset[] {
  const datasets = new Map(loaded.map(({ dataset }) => [dataset.id, dataset]));
  const unchecked = [...loaded];
  const checked = new Set<string>();
  const runReadyChecks = (force = false) => {
    for (const item of [...unchecked]) {
      if (!force && !checkInputs(item.dataset).every((id) => datasets.has(id))) continue;
      item.dataset.checkResults = runChecks(item, datasets, placeNames);
      checked.add(item.dataset.id);
      unchecked.splice(unchecked.indexOf(item), 1);
    }
  };
  for (let progress = true; progress; ) {
    progress = false;
    runReadyChecks();
    for (const derived of [...pending]) {
      const { ids, readsChecks } = derivedInputs(derived);
      if (!ids.every((id) => datasets.has(id) && (!readsChecks || checked.has(id)))) continue;
      const item = buildDerived(derived, datasets, placeNames);
      datasets.set(item.dataset.id, item.dataset);
      unchecked.push(item);
      pending.splice(pending.indexOf(derived), 1);
      progress = true;
    }
  }
  if (pending.length > 0) {
    // What is left reads a dataset that does not exist, or datasets that read each other.
    const derived = pending[0]!;
    const missing = derivedInputs(derived).ids.find((id) => !datasets.has(id) && !pending.some((p) => p.id === id));
    if (missing === undefined) {
      throw editorError('derived-cycle', { file: derived.file, line: 1 }, { datasets: pending.map((p) => p.id) });
    }
    buildDerived(derived, datasets, placeNames); // reports the unknown id at its line
  }
  runReadyChecks(true); // a check that names an unknown dataset reports it at its line
  return [...datasets.values()].sort((a, b) => a.id.localeCompare(b.id));
}
