import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The source reports' folder: ../shared/source-reports beside the project (as CI lays it out), or
 * HSD_REPORTS_DIR. The texts stories are checked against (src/editorial/copied-runs.ts).
 */
export function reportsDir(root: string = process.cwd()): string {
  return path.resolve(root, process.env.HSD_REPORTS_DIR ?? '../shared/source-reports');
}

/** Every report's text, or null when the folder is not there. */
export function readReports(dir: string): string[] | null {
  if (!existsSync(dir)) return null;
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => readFileSync(path.join(dir, file), 'utf8'));
}
