import { copiedRuns, longestSharedRun, minRun } from './copied-runs.ts';
import { storyRules } from './story-rules.ts';
import type { StoryText } from './story-text.ts';
import { explicitPeriod, quotedSpans, unanchoredTimeWords, unknownYear } from './time-words.ts';

/**
 * The editorial rules no build can see, for one story as the reader reads it (figures rendered): length and
 * charts for its kind, the copy rule, explicit time. `npm run check:stories` prints them; the test suite
 * asserts them for every published story.
 */
export interface StoryCheck {
  length: number;
  charts: number;
  /** Longest run of comparable characters shared with a report, outside quotations. */
  longestShared: number;
  problems: string[];
}

/** The parts of a text outside quotation marks: quoted words are a citation, and the copy rule exempts them. */
export function unquoted(text: string): string[] {
  const spans = quotedSpans(text).sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let from = 0;
  for (const [start, end] of spans) {
    if (start < from) continue;
    parts.push(text.slice(from, start));
    from = end;
  }
  parts.push(text.slice(from));
  return parts.filter((part) => part.trim() !== '');
}

/**
 * `text` is the story as the reader reads it (figures rendered); `length` is its prose length counted without
 * the figures, as the length rule always has (src/editorial/story-rules.ts).
 */
export function checkStory(text: StoryText, length: number, firstParagraph: string, reports: { index: Set<string>; texts: string[] } | null): StoryCheck {
  const rules = storyRules[text.kind];
  const charts = text.components.length;
  const problems: string[] = [];
  const kindName = text.kind === 'brief' ? '简讯' : '报道';
  if (length < rules.minProse || length > rules.maxProse) problems.push(`正文 ${length} 字，${kindName}应在 ${rules.minProse}–${rules.maxProse} 字之间`);
  if (charts < rules.minCharts) problems.push(`只有 ${charts} 个图表，${kindName}至少 ${rules.minCharts} 个`);

  const texts = [...text.fields, ...text.prose];
  let longestShared = 0;
  if (reports) {
    for (const part of texts.flatMap(unquoted)) {
      for (const run of copiedRuns(part, reports.index)) problems.push(`与来源报道重合 ${run.length} 字（上限 ${minRun - 1}）：“${run}”：用自己的句式重写；确需引用原话时加引号并注明出处`);
      longestShared = Math.max(longestShared, longestSharedRun(part, reports.texts));
    }
  }

  const opening = [text.headline, text.dek, firstParagraph].join('\n');
  if (!explicitPeriod.test(opening) && !unknownYear.test(opening)) {
    problems.push('标题、导语和第一段都没有写明报道的年份或采暖期：在其中一处写出（如“2025-2026采暖期”，正文里用 <Period dataset="…" />），报道没有年份时写明“报道未写明年份”');
  }
  for (const { word, clause } of texts.flatMap(unanchoredTimeWords)) {
    problems.push(`相对时间词“${word}”没有落在明确的时段旁：“${clause}”：改写成明确的年份或采暖期，或放进引号作为报道原话`);
  }
  return { length, charts, longestShared, problems };
}
