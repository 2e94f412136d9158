import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveMissing, readReports, reportsArchive } from '../../src/editorial/source-reports.ts';

/** The source archive is an explicit setting, HSD_REPORTS_DIR: unset, the checks are skipped and say why. */
describe('the source archive setting', () => {
  const root = '/work/project';

  it('is absent when HSD_REPORTS_DIR is not set, whatever CI says, with the reason', () => {
    for (const env of [{}, { CI: 'true' }, { HSD_REPORTS_DIR: '' }]) {
      expect(reportsArchive(root, env)).toEqual({ reason: 'HSD_REPORTS_DIR is not set: no source archive on this machine (bash .ci/run sets HSD_REPORTS_DIR=../shared/source-reports)' });
    }
  });

  it('is the folder HSD_REPORTS_DIR names, relative to the project root', () => {
    expect(reportsArchive(root, { HSD_REPORTS_DIR: '../shared/source-reports' })).toEqual({ dir: '/work/shared/source-reports' });
    expect(reportsArchive(root, { HSD_REPORTS_DIR: '/srv/archive' })).toEqual({ dir: '/srv/archive' });
  });

  it('tells an editor’s script what to do when it is unset or names no folder', () => {
    expect(archiveMissing({ reason: 'x' }, 'quotes')).toBe('找不到来源报道：没有设置 HSD_REPORTS_DIR。用 HSD_REPORTS_DIR=来源报道所在的文件夹 npm run quotes 指明，如 HSD_REPORTS_DIR=../shared/source-reports npm run quotes。');
    expect(archiveMissing({ dir: '/nowhere/source-reports' }, 'quotes')).toBe('找不到来源报道：HSD_REPORTS_DIR 指向的 /nowhere/source-reports 不存在。改正 HSD_REPORTS_DIR，指向来源报道所在的文件夹。');
    const dir = mkdtempSync(path.join(tmpdir(), 'hsd-reports-'));
    writeFileSync(path.join(dir, 'b.txt'), '第二版');
    writeFileSync(path.join(dir, 'a.txt'), '第一版');
    writeFileSync(path.join(dir, 'README.md'), '说明');
    expect(archiveMissing({ dir }, 'quotes')).toBeNull();
    expect(readReports(dir)).toEqual(['第一版', '第二版']);
    expect(readReports(path.join(dir, 'missing'))).toBeNull();
  });
});
