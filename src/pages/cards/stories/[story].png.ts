import type { APIRoute } from 'astro';
import { storyCard } from '../../../lib/card-inputs.ts';
import { storyCharts } from '../../../lib/chart-files.ts';
import { siteContent } from '../../../lib/content.ts';
import { siteIndex } from '../../../lib/site-index.ts';
import { shareCard } from '../../../lib/share-card.ts';
import type { Story } from '../../../lib/content.ts';

/** Each published story's share card, from its lead chart (src/lib/chart-files.ts storyCard()). */
export async function getStaticPaths() {
  return (await siteIndex()).stories.map((story) => ({ params: { story: story.id }, props: { story } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { story } = props as { story: Story };
  return new Response(new Uint8Array(await shareCard(storyCard(story, await storyCharts(), await siteContent()))), { headers: { 'Content-Type': 'image/png' } });
};
