import type { APIRoute } from 'astro';
import { siteCard } from '../../lib/card-inputs.ts';
import { siteContent } from '../../lib/content.ts';
import { shareCard } from '../../lib/share-card.ts';

/** The site's share card, which every page without a card of its own names as og:image. */
export const GET: APIRoute = async () => new Response(new Uint8Array(await shareCard(siteCard(await siteContent()))), { headers: { 'Content-Type': 'image/png' } });
