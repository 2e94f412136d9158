import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Where the source reports are: the archive of the newspaper pages that stories and quotes are checked
 * against (src/editorial/copied-runs.ts, quotes.ts). An explicit setting, HSD_REPORTS_DIR, a folder relative
 * to the project root: `bash .ci/run` sets it to ../shared/source-reports, where this workspace keeps them. A
 * machine without the archive (a GitHub runner, a clone elsewhere) leaves it unset, and the checks that need
 * it are skipped with this reason; set to a folder that is not there, they fail.
 */
export const reportsSetting = 'HSD_REPORTS_DIR';

export type ReportsArchive = { dir: string; reason?: undefined } | { dir?: undefined; reason: string };

export function reportsArchive(root: string = process.cwd(), env: Readonly<Record<string, string | undefined>> = process.env): ReportsArchive {
  const setting = env[reportsSetting];
  if (!setting) return { reason: `${reportsSetting} is not set: no source archive on this machine (bash .ci/run sets ${reportsSetting}=../shared/source-reports)` };
  return { dir: path.resolve(root, setting) };
}

/** Every report's text, or null when the folder is not there. */
export function readReports(dir: string): string[] | null {
  if (!existsSync(dir)) return null;
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => readFileSync(path.join(dir, file), 'utf8'));
}

/** Why an editor's script cannot check against the archive, in Chinese, with what to do; null when it can. */
export function archiveMissing(archive: ReportsArchive, command: string): string | null {
  if (!archive.dir) return `找不到来源报道：没有设置 ${reportsSetting}。用 ${reportsSetting}=来源报道所在的文件夹 npm run ${command} 指明，如 ${reportsSetting}=../shared/source-reports npm run ${command}。`;
  if (!existsSync(archive.dir)) return `找不到来源报道：${reportsSetting} 指向的 ${archive.dir} 不存在。改正 ${reportsSetting}，指向来源报道所在的文件夹。`;
  return null;
}
