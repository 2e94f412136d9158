import { defineCollection } from 'astro:content';
import { datasetsLoader } from './loaders/datasets.ts';
import { registryLoader } from './loaders/registry.ts';
import { storiesLoader } from './loaders/stories.ts';
import { placeSchema } from './schemas/place.ts';
import { sourceSchema } from './schemas/source.ts';
import { storySchema } from './schemas/story.ts';

/**
 * The site's content, one collection per concept. Each loader validates its input and fails the build with
 * an editor-facing message (src/errors/editor-error.ts); schemas live in src/schemas/, one per concept.
 */
export const collections = {
  /** content/stories/<slug>.mdx */
  stories: defineCollection({ loader: storiesLoader(), schema: storySchema }),
  /** content/sources.yaml */
  sources: defineCollection({ loader: registryLoader('sources'), schema: sourceSchema }),
  /** content/corrections.yaml */
  corrections: defineCollection({ loader: registryLoader('corrections') }),
  /** content/places.yaml */
  places: defineCollection({ loader: registryLoader('places'), schema: placeSchema }),
  /** content/data/<id>.csv + <id>.yaml, typed by src/data/dataset.ts */
  datasets: defineCollection({ loader: datasetsLoader() }),
};
