import type { APIRoute } from 'astro';
import { chartAddress, figurePaths, type FigureRouteProps } from '../../../lib/chart-files.ts';
import { renderPng } from '../../../lib/png.ts';
import { standaloneSvg } from '../../../lib/standalone-svg.ts';

/** A story's chart as a PNG at 2×: its standalone SVG rendered (src/lib/png.ts). */
export const getStaticPaths = figurePaths;

export const GET: APIRoute = async ({ props }) => {
  const { chart } = props as FigureRouteProps;
  return new Response(new Uint8Array(await renderPng(standaloneSvg(chart.model, { address: chartAddress(chart) }), { zoom: 2 })), { headers: { 'Content-Type': 'image/png' } });
};
