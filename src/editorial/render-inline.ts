import type { SiteContent } from '../data/site.ts';
import { resolveNum } from '../inline/num.ts';
import { resolvePeriod } from '../inline/period.ts';
import type { InlineRenderer } from './story-text.ts';

/** Renders `<Num>` and `<Period>` exactly as the page does, from the site's datasets. */
export function inlineRenderer(context: SiteContent, file: string): InlineRenderer {
  return (name, props) => {
    if (name === 'Num') return resolveNum({ dataset: props.dataset ?? '', row: props.row ?? '', column: props.column ?? (props.d === undefined ? '' : undefined), d: props.d }, context, file).text;
    if (name === 'Period') return resolvePeriod({ dataset: props.dataset ?? '' }, context, file).text;
    return '';
  };
}
