import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { t } from '../i18n/index.ts';
import { publishedStories } from '../lib/content.ts';
import { absolute, absoluteHref, paths } from '../lib/paths.ts';

/**
 * /rss.xml, the feed of every published story, newest first (RSS 2.0 by @astrojs/rss): its absolute address,
 * publication date, dek as description and tags as categories. RSS 2.0 has no element for an update, so a
 * story's `updated` date goes in Atom's <atom:updated> (RFC 3339, China Standard Time) in the item, the
 * Atom namespace declared on <rss>; the channel's <lastBuildDate> is the latest of those dates, so the feed
 * changes only when a story does. Dates are calendar days in China: midnight at +08:00.
 */
const atom = 'http://www.w3.org/2005/Atom';
const chinaMidnight = (day: string) => `${day}T00:00:00+08:00`;

export const GET: APIRoute = async () => {
  const stories = await publishedStories();
  const latest = stories.map((story) => story.data.updated ?? story.data.date).sort().at(-1);
  const self = absolute('/rss.xml');
  return rss({
    title: t('feed.title'),
    description: t('site.description'),
    site: absolute('/'),
    xmlns: { atom },
    customData: [
      `<language>zh-CN</language>`,
      `<atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
      latest ? `<lastBuildDate>${new Date(chinaMidnight(latest)).toUTCString()}</lastBuildDate>` : '',
    ].join(''),
    items: stories.map((story) => ({
      title: story.data.title,
      link: absoluteHref(paths.story(story.id)),
      pubDate: new Date(chinaMidnight(story.data.date)),
      description: story.data.dek,
      categories: story.data.tags,
      ...(story.data.updated && { customData: `<atom:updated>${chinaMidnight(story.data.updated)}</atom:updated>` }),
    })),
  });
};
