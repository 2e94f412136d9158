import type { APIRoute } from 'astro';
import type { Dataset } from '../../data/dataset.ts';
import { datasetJson } from '../../data/export.ts';
import { datasetPaths } from '../../lib/content.ts';

export const getStaticPaths = datasetPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(datasetJson((props as { dataset: Dataset }).dataset), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
