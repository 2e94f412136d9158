import type { APIRoute } from 'astro';
import { chartPaths, type ChartRouteProps } from '../../../lib/chart-files.ts';
import { numbersCsv, tableCsv } from '../../../lib/chart-csv.ts';

/** A story's chart's own rows as CSV (src/lib/chart-csv.ts): every chart, key figures and tables included. */
export const getStaticPaths = chartPaths;

export const GET: APIRoute = ({ props }) => {
  const { chart } = props as ChartRouteProps;
  const csv = chart.view === 'big-numbers' ? numbersCsv(chart.model) : tableCsv(chart.model.table);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
