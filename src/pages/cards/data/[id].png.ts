import type { APIRoute } from 'astro';
import type { Dataset } from '../../../data/dataset.ts';
import { datasetCard } from '../../../lib/card-inputs.ts';
import { storyCharts } from '../../../lib/chart-files.ts';
import { siteContent } from '../../../lib/content.ts';
import { shareCard } from '../../../lib/share-card.ts';

/** Each dataset page's share card (src/lib/chart-files.ts datasetCard()). */
export async function getStaticPaths() {
  return [...(await siteContent()).datasets.values()].map((dataset) => ({ params: { id: dataset.id }, props: { dataset } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { dataset } = props as { dataset: Dataset };
  return new Response(new Uint8Array(await shareCard(datasetCard(dataset, await storyCharts(), await siteContent()))), { headers: { 'Content-Type': 'image/png' } });
};
