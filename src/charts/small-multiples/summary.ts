/** Small multiples in words: each panel's own summary, after its group's name. */
export function smallMultiplesSummary(panels: readonly { group: string; figure: { summary: string } }[]): string {
  return panels.map(({ group, figure }) => `${group}：${figure.summary}`).join('');
}
