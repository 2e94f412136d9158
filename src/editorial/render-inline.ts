import type { ChartContext } from '../charts/context.ts';
import { resolveNum } from '../charts/num.ts';
import { resolvePeriod } from '../charts/period.ts';
import type { InlineRenderer } from './story-text.ts';

/** Renders `<Num>` and `<Period>` exactly as the page does, from the site's datasets. */
export function inlineRenderer(context: ChartContext, file: string): InlineRenderer {
  return (name, props) => {
    if (name === 'Num') return resolveNum({ dataset: props.dataset ?? '', row: props.row ?? '', column: props.column ?? '' }, context, file).text;
    if (name === 'Period') return resolvePeriod({ dataset: props.dataset ?? '' }, context, file).text;
    return '';
  };
}
