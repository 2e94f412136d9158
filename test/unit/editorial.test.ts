import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparable, copiedRuns, longestSharedRun, minRun, reportIndex } from '../../src/editorial/copied-runs.ts';
import { readReports, reportsArchive } from '../../src/editorial/source-reports.ts';
import { checkStory, unquoted } from '../../src/editorial/story-check.ts';
import { checkStories, readSiteContent } from '../../src/editorial/site-content.ts';
import { firstParagraph, proseLength, storyText } from '../../src/editorial/story-text.ts';
import { explicitPeriod, unanchoredTimeWords } from '../../src/editorial/time-words.ts';
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

  it('reads what the reader reads: inline figures and periods rendered in place', () => {
    const rendered = storyText(mdx, (name, props) => (name === 'Num' ? `[${props.dataset}/${props.row}/${props.column}]` : ''));
    expect(rendered.prose[1]).toBe('正文第一句，面积达到[a/b/c]，加粗的话和链接。');
    expect(rendered.components).toEqual(['BarChart']);
    expect(storyText('---\ntitle: 标题\n---\n\n面积达到<Period dataset="x" />。\n', () => '2025-2026采暖期').prose).toEqual(['面积达到2025-2026采暖期。']);
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

  it('counts a copied clause with its figures put back: the figures’ Chinese characters are compared too', () => {
    const withFigures = '为有效应对2024-2025采暖期，红桥区专门成立区级供热保障工作专班。';
    expect(copiedRuns(withFigures, index)).toEqual(['为有效应对采暖期红桥区专门成立区级供热保障工作专班']);
  });

  it('exempts what the story marks as a quotation, and compares the text around it on its own', () => {
    expect(unquoted('报道原话是“红桥区专门成立区级供热保障工作专班”，本站不再复述。')).toEqual(['报道原话是', '，本站不再复述。']);
    const quoted = '红桥区说，它“专门成立区级供热保障工作专班，建立属地联动机制”。';
    expect(unquoted(quoted).flatMap((part) => copiedRuns(part, index))).toEqual([]);
  });

  it('lets a rewritten sentence through, and measures its longest shared run', () => {
    const rewritten = '为了这个采暖期，红桥区成立了专门保障供热的区级工作专班。';
    expect(copiedRuns(rewritten, index)).toEqual([]);
    expect(longestSharedRun(rewritten, [report])).toBe('采暖期红桥区'.length);
  });
});

describe('explicit time', () => {
  it('finds a relative time word away from an explicit period, and names its clause', () => {
    expect(unanchoredTimeWords('刚过去的采暖季里，热力集团安全供热183天。')).toEqual([{ word: '刚过去的', clause: '刚过去的采暖季里' }]);
    expect(unanchoredTimeWords('本采暖期，热力集团安全供热。')).toEqual([{ word: '本采暖期', clause: '本采暖期' }]);
    expect(unanchoredTimeWords('目前全区清洁能源占比100%。')).toEqual([{ word: '目前', clause: '目前全区清洁能源占比100%' }]);
  });

  it('lets one through inside a quotation or in the same clause as the period', () => {
    expect(unanchoredTimeWords('居民说“今年家里暖气特别暖和”。')).toEqual([]);
    expect(unanchoredTimeWords('报道里的“今年”指2024-2025采暖期。')).toEqual([]);
    expect(unanchoredTimeWords('2025-2026采暖期刚结束的时候，集团开始检修。')).toEqual([]);
    expect(unanchoredTimeWords('报道未写明年份，也没有说明年底的安排。')).toEqual([]);
  });

  it('recognises a period with its word, not a bare number', () => {
    expect(explicitPeriod.test('2025-2026采暖期')).toBe(true);
    expect(explicitPeriod.test('2022年')).toBe(true);
    expect(explicitPeriod.test('2024—2025采暖季')).toBe(true);
    expect(explicitPeriod.test('供热面积3962万平方米')).toBe(false);
  });

  it('asks a story to name its period in the headline, dek or first paragraph', () => {
    const story = (title: string) => storyText(`---\ntitle: ${title}\ndek: 一句导语。\n---\n\n第一段。\n\n<BarChart />\n<BarChart />\n`);
    const problems = (title: string) => checkStory(story(title), 900, '第一段。', null).problems;
    expect(problems('包头的采暖季')).toEqual([expect.stringContaining('标题、导语和第一段都没有写明报道的年份或采暖期')]);
    expect(problems('包头2025-2026采暖期')).toEqual([]);
    expect(problems('呼和浩特的保温试验（报道未写明年份）')).toEqual([]);
  });

  it('holds a brief to its own length and charts', () => {
    const brief = storyText('---\ntitle: 2022年的简讯\nkind: brief\n---\n\n第一段。\n\n<BarChart />\n');
    expect(brief.kind).toBe('brief');
    expect(checkStory(brief, 500, '第一段。', null).problems).toEqual([]);
    expect(checkStory(brief, 900, '第一段。', null).problems).toEqual(['正文 900 字，简讯应在 300–800 字之间']);
  });
});

describe('the published stories', () => {
  // The archive is where HSD_REPORTS_DIR says (bash .ci/run sets it). Unset, the copy rule cannot run: it is
  // reported as skipped, with the reason, not passed. Set to a folder that is not there, it fails.
  const archive = reportsArchive(root);
  const reports = archive.dir ? readReports(archive.dir) : null;
  const content = path.join(root, 'content');
  const context = readSiteContent(content);
  const stories = checkStories(content, context, reports ? { index: reportIndex(reports), texts: reports } : null);
  const published = stories.filter((s) => !s.draft).map((s) => s.file);
  const against = archive.dir ?? `skipped: ${archive.reason}`;
  // Said once in the test log, which lists no skipped test by name.
  if (!archive.dir) console.info(`The copy rule against the source reports is skipped: ${archive.reason}.`);

  it.skipIf(!archive.dir)(`has the five source reports to check against (${against})`, () => {
    expect(reports, `${archive.dir}: HSD_REPORTS_DIR names a folder that is not there`).not.toBeNull();
    expect(reports).toHaveLength(5);
  });

  it.each(published)('%s keeps the rules that need no archive: length and charts for its kind, explicit time', (file) => {
    const { check } = stories.find((s) => s.file === file)!;
    expect(check.problems.filter((p) => !p.startsWith('与来源报道重合'))).toEqual([]);
  });

  it.skipIf(!archive.dir).each(published)(`%s is written anew: as rendered, no run of 20 characters from a report outside quotations (${against})`, (file) => {
    expect(reports).not.toBeNull();
    const { check } = stories.find((s) => s.file === file)!;
    expect(check.problems.filter((p) => p.startsWith('与来源报道重合'))).toEqual([]);
  });
});
