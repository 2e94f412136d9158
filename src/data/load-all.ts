import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { editorError } from '../errors/messages.ts';
import { attempt, rethrow, type Report } from '../errors/report.ts';
import { idPattern } from '../schemas/id.ts';
import { checkInputs, runChecks } from './checks/run.ts';
import { displayPath } from './content-dir.ts';
import { buildDerived, derivedInputs, readDerivedSpec, type DerivedSpecFile } from './derived/build.ts';
import { buildLocatedDataset } from './dataset.ts';
import type { Dataset, LocatedDataset } from './dataset-types.ts';
import { readRegistry, type Registry } from './registry.ts';

/** A dataset YAML that is a computed dataset's (it says `formula:`), not the metadata of a CSV. */
export function isComputedDataset(metaText: string): boolean {
  return /^formula\s*:/m.test(metaText);
}

/**
 * The id of every dataset whose files stand in `dataDir` (content/data/): each `<id>.csv`, `<id>.yaml` or
 * `<id>.yml`, whether or not it loads. What a story's frontmatter may give an alias to (`data:`).
 */
export function datasetIdsIn(dataDir: string): Set<string> {
  if (!existsSync(dataDir)) return new Set();
  return new Set(readdirSync(dataDir).filter((name) => /\.(csv|ya?ml)$/.test(name)).map((name) => name.replace(/\.(csv|ya?ml)$/, '')));
}

/**
 * Every dataset in `<content>/data/`: each `<id>.csv` with its `<id>.yaml` beside it, and each computed
 * dataset (a `<id>.yaml` with `formula:` and no CSV), checked against the places and sources registries and
 * against the `checks` their metadata declares. Throws an EditorError at the first problem.
 */
export function loadAllDatasets(content: string): Dataset[] {
  return readAllDatasets(content, readRegistry(content), rethrow).datasets;
}

/** What came out of content/data/, and what did not. */
export interface DatasetsRead {
  /** The datasets that loaded, computed ones included, by id. */
  datasets: Dataset[];
  /**
   * Ids of datasets that exist in content/data/ but did not come out: their own files had a mistake (reported),
   * or, computed, they read one that did (`blocked`). Whatever reads them is left unchecked, not reported again.
   */
  failed: ReadonlySet<string>;
  /** Computed datasets and datasets' checks left unchecked because they read a dataset (or its checks) that failed. */
  blocked: { file: string; part: 'dataset' | 'checks'; reads: string[] }[];
}

/**
 * The datasets of content/data/, each an independent check: a file's first mistake goes to `report`, and with
 * a report that does not throw (`npm run check:content`) the others are read on; a computed dataset or a check
 * that reads a failed dataset is set aside (`blocked`) instead of reporting it unknown. With `rethrow` this is
 * the build's reading, stopping at the first mistake.
 */
export function readAllDatasets(content: string, registry: Pick<Registry, 'places' | 'placeIds' | 'sourceIds'>, report: Report): DatasetsRead {
  const dir = path.join(content, 'data');
  const names = readdirSync(dir).sort();
  // A spreadsheet saved as .xlsx, an upper-case .CSV, a backup: no dataset would come of it, and nobody would know.
  for (const stray of names.filter((name) => !name.startsWith('.') && !/\.(csv|ya?ml)$/.test(name))) {
    report(editorError('data-stray-file', { file: displayPath(path.join(dir, stray)) }, { found: stray, dir: displayPath(dir) }));
  }
  const ids = new Set(names.filter((name) => /\.(csv|ya?ml)$/.test(name)).map((name) => name.replace(/\.(csv|ya?ml)$/, '')));
  const loaded: LocatedDataset[] = [];
  const pending: DerivedSpecFile[] = [];
  const failed = new Set<string>();
  for (const id of ids) {
    const read = attempt(report, () => readDatasetFiles(id, names, dir, registry, report));
    if (read === undefined) failed.add(id);
    else if ('spec' in read) pending.push(read);
    else loaded.push(read);
  }
  return settle(loaded, pending, new Map(registry.places.map((place) => [place.id, place.shortName])), failed, report);
}

/** One dataset's files: a CSV dataset read and checked, or a computed dataset's spec waiting for its inputs. */
function readDatasetFiles(id: string, names: readonly string[], dir: string, registry: Pick<Registry, 'placeIds' | 'sourceIds'>, report: Report): LocatedDataset | DerivedSpecFile {
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
  if (computed) return readDerivedSpec(id, metaText, displayPath(path.join(dir, metaName!)), registry);
  if (!csv || !metaName) {
    const present = displayPath(csv ?? path.join(dir, metaName!));
    const absent = displayPath(path.join(dir, csv ? `${id}.yaml` : `${id}.csv`));
    throw editorError('dataset-file-alone', { file: present }, { found: path.basename(present), present, absent });
  }
  const meta = path.join(dir, metaName);
  return buildLocatedDataset({ id, csvText: readFileSync(csv, 'utf8'), metaText: metaText!, files: { csv: displayPath(csv), meta: displayPath(meta) } }, registry, report);
}

/**
 * Computes the computed datasets and runs every dataset's checks, each as soon as what it reads is there: a
 * computed dataset may read another, a check may compare figures across datasets, and the list of known
 * inconsistencies reads check results. What reads a failed dataset is blocked, and what reads a blocked one.
 */
function settle(loaded: LocatedDataset[], pending: DerivedSpecFile[], placeNames: ReadonlyMap<string, string>, failed: Set<string>, report: Report): DatasetsRead {
  const datasets = new Map(loaded.map(({ dataset }) => [dataset.id, dataset]));
  const blocked: DatasetsRead['blocked'] = [];
  const unchecked = [...loaded];
  const checked = new Set<string>();
  /** Datasets whose checks did not run (they failed, or read a failed dataset): their results are not there. */
  const uncheckable = new Set<string>();
  const runReadyChecks = (force = false) => {
    for (const item of [...unchecked]) {
      const inputs = checkInputs(item.dataset);
      const reads = inputs.filter((id) => failed.has(id));
      if (reads.length === 0 && !force && !inputs.every((id) => datasets.has(id))) continue;
      unchecked.splice(unchecked.indexOf(item), 1);
      const results = reads.length > 0 ? undefined : attempt(report, () => runChecks(item, datasets, placeNames));
      if (reads.length > 0) blocked.push({ file: item.dataset.files.meta, part: 'checks', reads });
      if (results === undefined) {
        uncheckable.add(item.dataset.id);
        continue;
      }
      item.dataset.checkResults = results;
      checked.add(item.dataset.id);
    }
  };
  /** Takes a computed dataset off the waiting list: it will not come out. */
  const drop = (derived: DerivedSpecFile) => {
    pending.splice(pending.indexOf(derived), 1);
    failed.add(derived.id);
  };
  for (let progress = true; progress; ) {
    progress = false;
    runReadyChecks();
    for (const derived of [...pending]) {
      const { ids, readsChecks } = derivedInputs(derived);
      const reads = ids.filter((id) => failed.has(id) || (readsChecks && uncheckable.has(id)));
      if (reads.length > 0) {
        blocked.push({ file: derived.file, part: 'dataset', reads });
        drop(derived);
        progress = true;
        continue;
      }
      if (!ids.every((id) => datasets.has(id) && (!readsChecks || checked.has(id)))) continue;
      const item = attempt(report, () => buildDerived(derived, datasets, placeNames));
      progress = true;
      if (item === undefined) {
        drop(derived);
        continue;
      }
      pending.splice(pending.indexOf(derived), 1);
      datasets.set(item.dataset.id, item.dataset);
      unchecked.push(item);
    }
  }
  // What is left reads a dataset that does not exist, or datasets that read each other. Each that reads an
  // unknown id reports it at its line; what reads those is blocked; what still waits is a cycle.
  for (const derived of [...pending]) {
    const unknown = derivedInputs(derived).ids.some((id) => !datasets.has(id) && !failed.has(id) && !pending.some((p) => p.id === id));
    if (!unknown) continue;
    attempt(report, () => buildDerived(derived, datasets, placeNames)); // reports the unknown id at its line
    drop(derived);
  }
  for (let progress = true; progress; ) {
    progress = false;
    for (const derived of [...pending]) {
      const reads = derivedInputs(derived).ids.filter((id) => failed.has(id));
      if (reads.length === 0) continue;
      blocked.push({ file: derived.file, part: 'dataset', reads });
      drop(derived);
      progress = true;
    }
  }
  if (pending.length > 0) {
    report(editorError('derived-cycle', { file: pending[0]!.file, line: 1 }, { datasets: pending.map((p) => p.id) }));
    for (const derived of [...pending]) drop(derived);
  }
  runReadyChecks(true); // a check that names an unknown dataset reports it at its line
  return { datasets: [...datasets.values()].sort((a, b) => a.id.localeCompare(b.id)), failed, blocked };
}
