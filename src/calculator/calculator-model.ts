import { datasetSources, type SiteContent } from '../data/site.ts';
import { pageTemplate } from '../errors/where.ts';
import { editorError } from '../errors/messages.ts';
import { parseSourceLocation, propAt, propValue, requireDataset } from '../data/props.ts';
import { QuantityError } from '../data/arithmetic.ts';
import { tariffsOf, type Tariff, type Use } from '../data/derived/tariffs.ts';
import { formatValue } from '../format/number.ts';
import { formatPeriod } from '../format/period.ts';
import { fill } from '../i18n/fill.ts';
import { t } from '../i18n/index.ts';
import { areaLimits, readArea } from './area-input.ts';
import { compareBills, commonAreas } from './bill-comparison.ts';
import { billView, tariffName, type BillMessages, type BillQuery, type BillView } from './bill-view.ts';

/**
 * Props of `<HeatingBillCalculator dataset="shanxi-city-heating-prices-2022" />`: the price table to compute
 * from, and optionally the city and area shown before the reader types (and to readers without JavaScript).
 */
export interface CalculatorProps {
  dataset?: string;
  place?: string;
  area?: string | number;
  __source?: string;
}

/** What the browser needs to recompute: the tariffs, the cities' names and the interface strings. */
export interface CalculatorData {
  tariffs: Tariff[];
  placeNames: Record<string, string>;
  messages: BillMessages;
}

export interface CommonAreaTable {
  use: Use;
  caption: string;
  columns: string[];
  rows: { area: string; bills: string[] }[];
}

/** The calculator's content; its HTML id is given where it stands (src/mdx/component-models.ts). */
export interface CalculatorModel {
  data: CalculatorData;
  query: BillQuery;
  /** The default query's result, rendered into the page. */
  view: BillView;
  places: { id: string; name: string }[];
  uses: { id: Use; label: string }[];
  tables: CommonAreaTable[];
  notes: string[];
  dataset: { id: string; title: string };
  sources: { id: string; label: string }[];
}

const component = 'HeatingBillCalculator';
/** A common flat in a northern city; shown until the reader types their own. */
const defaultArea = 90;

export const billMessages = (): BillMessages => ({
  lead: t('calc.lead'),
  cheapest: t('calc.cheapest'),
  selected: t('calc.selected'),
  selectedCheapest: t('calc.selectedCheapest'),
  cheapestMark: t('calc.cheapestMark'),
  use: { residential: t('calc.useResidential'), 'non-residential': t('calc.useNonResidential') },
  tier: { nonprofit: t('calc.tierNonprofit'), commercial: t('calc.tierCommercial') },
  problem: {
    empty: t('calc.problemEmpty'),
    'not-a-number': t('calc.problemNotANumber'),
    'not-positive': t('calc.problemNotPositive'),
    'too-small': t('calc.problemTooSmall'),
    'too-large': t('calc.problemTooLarge'),
  },
});

export function calculatorModel(props: CalculatorProps, context: SiteContent, fallbackFile = pageTemplate): CalculatorModel {
  const at = parseSourceLocation(props.__source, fallbackFile);
  const dataset = requireDataset(at, component, props.dataset, context.datasets);
  let tariffs: Tariff[];
  try {
    tariffs = tariffsOf(dataset);
  } catch (error) {
    if (!(error instanceof QuantityError)) throw error;
    throw editorError('calculator-not-a-price-table', propAt(at, component, 'dataset'), { found: propValue(props.dataset), reason: error.message });
  }
  const cityIds = [...new Set(tariffs.map((tariff) => tariff.place))];
  const placeNames = Object.fromEntries(cityIds.map((id) => [id, context.places.get(id)?.shortName ?? id]));
  const place = props.place ?? cityIds[0]!;
  if (!cityIds.includes(place)) throw editorError('calculator-place-unknown', propAt(at, component, 'place'), { found: place, cities: cityIds });
  const areaReading = props.area === undefined ? ({ ok: true, area: defaultArea } as const) : readArea(String(props.area));
  if (!areaReading.ok) {
    throw editorError('calculator-area-invalid', propAt(at, component, 'area'), { found: propValue(props.area), min: areaLimits.min, max: areaLimits.max, fallback: defaultArea });
  }
  const messages = billMessages();
  const uses = (['residential', 'non-residential'] as const).filter((use) => tariffs.some((tariff) => tariff.use === use && tariff.basis === 'building'));
  const query: BillQuery = { place, use: uses[0] ?? 'residential', area: areaReading.area };
  const tables = uses.map((use) => commonAreaTable(tariffs, use, placeNames, messages));
  const notes = tariffs
    .filter((tariff) => tariff.basis === 'usable')
    .map((usable) => {
      const building = tariffs.find((tariff) => tariff.place === usable.place && tariff.use === usable.use && tariff.basis === 'building');
      return building ? fill(t('calc.usableNote'), { place: placeNames[usable.place]!, usable: price(usable), building: price(building) }) : '';
    })
    .filter(Boolean);
  return {
    data: { tariffs, placeNames, messages },
    query,
    view: billView(tariffs, placeNames, query, messages),
    places: cityIds.map((id) => ({ id, name: placeNames[id]! })),
    uses: uses.map((id) => ({ id, label: messages.use[id] })),
    tables,
    notes: [t('calc.formula'), ...notes, fill(t('calc.limits'), { period: formatPeriod(dataset.meta.period) })],
    dataset: { id: dataset.id, title: dataset.meta.title },
    sources: datasetSources(dataset, context),
  };
}

function price(tariff: Tariff): string {
  return formatValue(tariff.price.value, tariff.price.unit, tariff.price.qualifier);
}

/** Bills for 60–150 m², one column per city (and tier): the calculator's answer for readers without JavaScript. */
function commonAreaTable(tariffs: readonly Tariff[], use: Use, placeNames: Record<string, string>, messages: BillMessages): CommonAreaTable {
  const order = tariffs.filter((tariff) => tariff.use === use && tariff.basis === 'building');
  const rows = commonAreas.map((area) => {
    const byKey = new Map(compareBills(tariffs, { use, area }).map((line) => [line.tariff.key, line.bill]));
    return { area: formatValue(area), bills: order.map((tariff) => {
      const bill = byKey.get(tariff.key)!;
      return formatValue(bill.value, '', bill.qualifier);
    }) };
  });
  return {
    use,
    caption: fill(t('calc.commonAreasCaption'), { use: messages.use[use] }),
    columns: order.map((tariff) => tariffName(tariff, placeNames, messages)),
    rows,
  };
}
