/** What every published story must have, beyond what the build checks (see docs/WRITING.md). */
export const storyRules = {
  /** Prose characters, punctuation included, charts and figures not (src/editorial/story-text.ts). */
  minProse: 800,
  maxProse: 2000,
  /** Chart or table components. */
  minCharts: 2,
} as const;
