/** What every published story must have, beyond what the build checks (see docs/WRITING.md), by its `kind`. */
export const storyRules = {
  /** A full story. Prose characters, punctuation included, charts not (src/editorial/story-text.ts). */
  story: { minProse: 800, maxProse: 2000, minCharts: 2 },
  /** A short item (简讯), for a report that gives too little for a full story. */
  brief: { minProse: 300, maxProse: 800, minCharts: 1 },
} as const;

export type StoryKind = keyof typeof storyRules;
