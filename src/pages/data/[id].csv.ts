import type { APIRoute } from 'astro';
import type { Dataset } from '../../data/dataset.ts';
import { datasetCsv } from '../../data/export.ts';
import { current, datasetPaths } from '../../lib/content.ts';

export const getStaticPaths = datasetPaths;

export const GET: APIRoute = async ({ params, props }) =>
  new Response(datasetCsv(await current.dataset(params.id, (props as { dataset?: Dataset }).dataset)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
