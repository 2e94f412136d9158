import { charts } from '../../src/charts/index.ts';
import type { FigureModel } from '../../src/charts/model.ts';
import type { SiteContent } from '../../src/data/site.ts';

/** `<SmallMultiples>` as the registry builds it: it repeats the registry's panel types. */
export function smallMultiplesFigure(props: Record<string, unknown>, site: SiteContent): FigureModel {
  return charts.byComponent('SmallMultiples')!.build(props, site) as FigureModel;
}
