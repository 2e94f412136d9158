import type { APIRoute } from 'astro';
import type { Dataset } from '../../data/dataset.ts';
import { datasetJson } from '../../data/export.ts';
import { current, datasetPaths } from '../../lib/content.ts';

export const getStaticPaths = datasetPaths;

export const GET: APIRoute = async ({ params, props }) =>
  new Response(datasetJson(await current.dataset(params.id, (props as { dataset?: Dataset }).dataset)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
