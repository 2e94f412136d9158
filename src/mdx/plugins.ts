import type { Features, MdastPluginList } from 'satteri';
import { sourceLocation } from './source-location.ts';
import { storyMarkup } from './story-markup.ts';

/**
 * The mdast plugins every story's MDX goes through, in order: markup first (nothing that runs), then each editor
 * component told where it stands. astro.config.mjs registers this list with satteri; `npm run check:content`
 * (src/check/mdx.ts) runs the same list over each story.
 */
export const storyPlugins: MdastPluginList = [storyMarkup, sourceLocation];

/**
 * The parser features a story needs beyond what @astrojs/mdx turns on (GFM, smart punctuation): directives, for
 * the bound figure `:num[alias.row]` (src/mdx/directives.ts). astro.config.mjs and src/check/mdx.ts both use it.
 */
export const storyFeatures = { directive: true } as const satisfies Features;
