/**
 * Components editors may use in a story, by name. src/components/mdx.ts maps each name to its Astro
 * component; the MDX plugin (source-location.ts) rejects any other capitalised tag with a clear message.
 */
export const editorComponents = ['BarChart', 'BigNumbers', 'DataTable', 'DumbbellChart', 'GroupedBarChart', 'HeatingBillCalculator', 'LineChart', 'Num', 'Period', 'ProgressChart', 'SeasonCalendar', 'SmallMultiples'] as const;
export type EditorComponentName = (typeof editorComponents)[number];
