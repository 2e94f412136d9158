import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparable, copiedRuns, longestSharedRun, minRun, reportIndex } from '../../src/editorial/copied-runs.ts';
import { storyRules } from '../../src/editorial/story-rules.ts';
import { readReports, reportsDir } from '../../src/editorial/source-reports.ts';
import { proseLength, storyText } from '../../src/editorial/story-text.ts';
import { root } from '../support/build.ts';

const mdx = `---
title: 标题里的话
dek: 摘要里的一句话。
date: 2026-11-23
places: [baotou]
sources: [x]
updates:
  - date: 2026-11-24
    note: 更正一处单位。
---

## 小标题

正文第一句，面积达到<Num dataset="a" row="b" column="c" />，**加粗**的话和[链接](https://example.org)。
{/* 编辑的备注，不算正文 */}

<BarChart dataset="a" label="l" value="v" title="图的标题" caption="图注" annotations={[{ x: 1, label: '注释' }]} />

- 列表一项
`;

describe('the words of a story', () => {
  const text = storyText(mdx);

  it('keeps the prose without markup, figures, comments or charts', () => {
    expect(text.prose).toEqual(['小标题', '正文第一句，面积达到，加粗的话和链接。', '列表一项']);
    expect(proseLength(text)).toBe(3 + 19 + 4);
  });

  it('collects headline, dek, update notes and the texts of chart props', () => {
    expect(text.fields).toEqual(['标题里的话', '摘要里的一句话。', '更正一处单位。', '图的标题', '图注', '注释']);
    expect(text.components).toEqual(['BarChart']);
  });
});

describe('the rule against copying a report', () => {
  const report = '为有效应对2024—2025采暖期,红桥区专门成立区级供热保障工作专班,建立属地联动机制。';
  const index = reportIndex([report]);

  it('compares Chinese text only: no spaces, punctuation, digits or Latin letters', () => {
    expect(comparable('红桥区, 集中供热：1394.97万 m²')).toBe('红桥区集中供热万');
  });

  it(`finds a run of ${minRun} characters or more, even with the punctuation and figures changed`, () => {
    // The season as a bound figure, a full-width comma: still the report's sentence.
    const copied = '为了有效应对<Num/>采暖期，红桥区专门成立区级供热保障工作专班。';
    expect(copiedRuns(copied.replace(/<Num\/>/g, ''), index)).toEqual(['有效应对采暖期红桥区专门成立区级供热保障工作专班']);
  });

  it('lets a rewritten sentence through, and measures its longest shared run', () => {
    const rewritten = '为了这个采暖期，红桥区成立了专门保障供热的区级工作专班。';
    expect(copiedRuns(rewritten, index)).toEqual([]);
    expect(longestSharedRun(rewritten, [report])).toBe('采暖期红桥区'.length);
  });
});

describe('the published stories', () => {
  const dir = reportsDir(root);
  const reports = readReports(dir);
  const storiesDir = path.join(root, 'content/stories');
  const files = readdirSync(storiesDir).filter((file) => file.endsWith('.mdx'));
  const textOf = (file: string) => storyText(readFileSync(path.join(storiesDir, file), 'utf8'));

  it.each(files)('%s is at length, with its charts', (file) => {
    const text = textOf(file);
    const length = proseLength(text);
    expect(length).toBeGreaterThanOrEqual(storyRules.minProse);
    expect(length).toBeLessThanOrEqual(storyRules.maxProse);
    expect(text.components.length).toBeGreaterThanOrEqual(storyRules.minCharts);
  });

  // CI always has the reports (../shared beside the clone) and must check against them. A clone elsewhere
  // without them (or HSD_REPORTS_DIR) cannot run this check: it is reported as skipped, not passed.
  const canCheckCopying = reports !== null || Boolean(process.env.CI);
  it.skipIf(!canCheckCopying)(`has the five source reports to check against (${dir})`, () => {
    expect(reports, `${dir}: the source reports (../shared beside the project, or HSD_REPORTS_DIR)`).not.toBeNull();
    expect(reports).toHaveLength(5);
  });

  const index = reportIndex(reports ?? []);
  it.skipIf(!canCheckCopying).each(files)('%s is written anew: no run of 20 characters from a report', (file) => {
    const text = textOf(file);
    expect(reports).not.toBeNull();
    expect([...text.fields, ...text.prose].flatMap((t) => copiedRuns(t, index))).toEqual([]);
  });
});
