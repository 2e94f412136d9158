import { z } from 'astro/zod';
import { idSchema } from './id.ts';

const levels = ['country', 'province', 'city', 'district', 'town', 'village', 'community'] as const;

/** A place, one entry of the list in `content/places.yaml`; /places/<id>/ shows what the site has on it. */
export const placeSchema = z
  .strictObject({
    /** Kebab-case pinyin, e.g. baotou, haibowan. */
    id: idSchema.meta({ description: '地点 id：拼音，小写字母、数字和连字符，如 baotou、inner-mongolia；不能重复。' }),
    /** Full Chinese name, e.g. 包头市. */
    name: z.string().min(1).meta({ description: '中文全称，如“包头市”。' }),
    /** Name used in charts and running text, e.g. 包头. */
    shortName: z.string().min(1).meta({ description: '图表和正文里用的简称，如“包头”。' }),
    /** English name. */
    nameEn: z.string().min(1).meta({ description: '英文名，如 Baotou。' }),
    level: z.enum(levels).meta({ description: '级别：country、province、city、district、town、village、community。直辖市（如天津市）记为 province。' }),
    /** Id of the place it belongs to; omitted only for provinces. */
    parent: z.string().optional().meta({ description: '上级地点的 id，必须也在本文件里。只有 province 和 country 可以不写。' }),
    /** WGS84 latitude of the seat or centre. */
    lat: z.number().min(-90).max(90).meta({ description: '驻地或中心的纬度（WGS84），保留三位小数，如 40.657。' }),
    /** WGS84 longitude of the seat or centre. */
    lon: z.number().min(-180).max(180).meta({ description: '驻地或中心的经度（WGS84），保留三位小数，如 109.840。' }),
    /** How the coordinates were chosen, when approximate. */
    coordNote: z.string().optional().meta({ description: '坐标是估计值时，说明怎样选的。' }),
    /**
     * The place's key figures, shown on its page and (the first one) on the home page: cells of datasets, never
     * typed numbers. `label` says what the figure is, in words without digits.
     */
    keyFigures: z
      .array(
        z
          .strictObject({
            dataset: z.string().min(1).meta({ description: '数据集 id。' }),
            row: z.union([z.string().min(1), z.number().transform(String)]).meta({ description: '行键：这一行第一列的值（与 <Num row="…"> 相同）。' }),
            column: z.string().min(1).meta({ description: '数值列的列名。' }),
            label: z.string().min(2).optional().meta({ description: '不含数字的说明，写清是谁报的什么数，至少 2 个字。' }),
            /** What a reader must know to read the figure: its scope, whose claim it is, what it cannot be compared with. */
            note: z.string().min(4).optional().meta({ description: '显示在数字下方，读者必须知道的限制：口径、是谁的说法、不能和什么比较、报道是否印出年份（至少 4 个字）。' }),
          })
          .meta({ description: '一个关键数字：{ dataset, row, column, label, note }，引用数据集里的数，和 <BigNumbers> 的 items 一样。' }),
      )
      .max(6)
      .default([])
      .meta({ description: '这个地点的关键数字，最多 6 个，显示在地点页上；第一个也显示在首页“各地关键数字”里。' }),
  })
  .meta({ description: '一个地点：数据集、报道和来源用 id 引用它，它有自己的页面 /places/<id>/。写法见 docs/DATASETS.md 的“地点登记表”。' });

export type Place = z.output<typeof placeSchema>;
