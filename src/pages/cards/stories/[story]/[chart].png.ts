import type { APIRoute } from 'astro';
import { chartCard } from '../../../../lib/card-inputs.ts';
import { chartPaths, type ChartRouteProps } from '../../../../lib/chart-files.ts';
import { siteContent } from '../../../../lib/content.ts';
import { shareCard } from '../../../../lib/share-card.ts';

/** Each chart's own share card, for its embed page (/embed/<story>/<chart-id>/). */
export const getStaticPaths = chartPaths;

export const GET: APIRoute = async ({ props }) => {
  const { chart } = props as ChartRouteProps;
  return new Response(new Uint8Array(await shareCard(chartCard(chart, await siteContent()))), { headers: { 'Content-Type': 'image/png' } });
};
