/**
 * Every chart is drawn twice, for a phone column and for a desktop column, and CSS shows the one that fits
 * (src/styles/charts.css). An SVG scaled down to a phone shrinks its text below legibility; two drawings keep
 * text at its real size on both, with no script.
 */
export interface ChartLayout {
  name: 'compact' | 'wide';
  /** Drawing width in CSS px; shown at this size or slightly narrower. */
  width: number;
  /** Font size of every chart text, px. */
  fontSize: number;
}

export const layouts: readonly ChartLayout[] = [
  { name: 'compact', width: 340, fontSize: 13 },
  { name: 'wide', width: 640, fontSize: 14 },
];
