import { bigNumbersModel, type BigNumberItem, type BigNumbersModel } from '../charts/big-numbers/model.ts';
import type { SiteContent } from '../data/site.ts';

/**
 * Where key figures (`keyFigures` in content/places.yaml) are written, as their mistakes name it: on a place's
 * page, that place's; on the home page, the places' as a whole.
 */
export function keyFiguresFile(place?: string): string {
  return place === undefined ? 'content/places.yaml（地点的 keyFigures）' : `content/places.yaml（地点“${place}”的 keyFigures）`;
}

/**
 * One key figure looked up in its dataset as `<BigNumbers>` looks up an item, so the same mistakes stop the
 * build: src/components/KeyFigures.astro shows it, `npm run check:content` checks every place's.
 */
export function keyFigureModel(item: BigNumberItem, site: SiteContent, file: string): BigNumbersModel['items'][number] {
  return bigNumbersModel({ items: [item] }, site, file).items[0]!;
}
