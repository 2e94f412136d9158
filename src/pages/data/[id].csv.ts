import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetCsv } from '../../data/export.ts';
import type { Dataset } from '../../data/dataset.ts';
import { siteContent } from '../../lib/content.ts';

export const getStaticPaths = (async () => {
  const { datasets } = await siteContent();
  return [...datasets.values()].map((dataset) => ({ params: { id: dataset.id }, props: { dataset } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(datasetCsv((props as { dataset: Dataset }).dataset), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
