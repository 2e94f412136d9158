import { defineChart } from '../chart-type.ts';
import docs from './docs.json' with { type: 'json' };
import type { Registry } from '../registry.ts';
import { smallMultiplesFigure, type SmallMultiplesProps } from './figure.ts';

/**
 * `<SmallMultiples>` as the registry (src/charts/index.ts) lists it; its gallery words, examples and props table
 * are in docs.json. It repeats the registry's panel types, so it is given the registry (lazily: the registry
 * lists it too).
 */
export const smallMultiplesOf = (registry: () => Registry) => defineChart(docs, {
  component: 'SmallMultiples',
  view: 'figure',
  build: (props, site, file) => smallMultiplesFigure(props as SmallMultiplesProps, site, file, registry().panelTypes),
});
