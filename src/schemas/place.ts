import { z } from 'astro/zod';
import { idSchema } from './id.ts';

/** A place, one entry of the list in `content/places.yaml`; /places/<id>/ shows what the site has on it. */
export const placeSchema = z.strictObject({
  /** Kebab-case pinyin, e.g. baotou, haibowan. */
  id: idSchema,
  /** Full Chinese name, e.g. 包头市. */
  name: z.string().min(1),
  /** Name used in charts and running text, e.g. 包头. */
  shortName: z.string().min(1),
  /** English name. */
  nameEn: z.string().min(1),
  level: z.enum(['country', 'province', 'city', 'district', 'town', 'village', 'community']),
  /** Id of the place it belongs to; omitted only for provinces. */
  parent: z.string().optional(),
  /** WGS84 latitude of the seat or centre. */
  lat: z.number().min(-90).max(90),
  /** WGS84 longitude of the seat or centre. */
  lon: z.number().min(-180).max(180),
  /** How the coordinates were chosen, when approximate. */
  coordNote: z.string().optional(),
  /**
   * The place's key figures, shown on its page and (the first one) on the home page: cells of datasets, never
   * typed numbers. `label` says what the figure is, in words without digits.
   */
  keyFigures: z
    .array(z.strictObject({ dataset: z.string().min(1), row: z.union([z.string().min(1), z.number().transform(String)]), column: z.string().min(1), label: z.string().min(2).optional(), /** What a reader must know to read the figure: its scope, whose claim it is, what it cannot be compared with. */ note: z.string().min(4).optional() }))
    .max(6)
    .default([]),
});

export type Place = z.output<typeof placeSchema>;
