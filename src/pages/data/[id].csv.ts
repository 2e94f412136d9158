import type { APIRoute } from 'astro';
import type { Dataset } from '../../data/dataset.ts';
import { datasetCsv } from '../../data/export.ts';
import { datasetPaths } from '../../lib/content.ts';

export const getStaticPaths = datasetPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(datasetCsv((props as { dataset: Dataset }).dataset), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
