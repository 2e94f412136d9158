import type { APIRoute } from 'astro';
import { chartAddress, figurePaths, type FigureRouteProps } from '../../../lib/chart-files.ts';
import { standaloneSvg } from '../../../lib/standalone-svg.ts';

/** A story's chart as a standalone SVG (src/lib/standalone-svg.ts). */
export const getStaticPaths = figurePaths;

export const GET: APIRoute = ({ props }) => {
  const { chart } = props as FigureRouteProps;
  return new Response(standaloneSvg(chart.model, { address: chartAddress(chart) }), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
