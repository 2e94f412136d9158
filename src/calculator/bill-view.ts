import type { Tariff, Use } from '../data/derived/tariffs.ts';
import { formatNumber, formatValue } from '../format/number.ts';
import { fill } from '../i18n/fill.ts';
import { areaLimits, type AreaProblem } from './area-input.ts';
import { compareBills } from './bill-comparison.ts';

/**
 * What the heating-bill calculator shows, as text: the same view at build (no-JS default) and in the browser
 * (src/client/heating-bill.ts), so the two can never disagree. Interface strings come in `messages` (from
 * src/i18n/zh-CN.json via the page), so the browser bundle carries no string table of its own.
 */
export interface BillMessages {
  /** 按建筑面积{area}计算，{use}用热一个采暖季的暖气费： */
  lead: string;
  /** {place}最便宜，{bill}。 */
  cheapest: string;
  /** 你选的{place}是{bill}，比{cheapest}多{difference}。 */
  selected: string;
  /** 你选的{place}在这几个城市里最便宜。 */
  selectedCheapest: string;
  /** 最便宜 */
  cheapestMark: string;
  use: Record<Use, string>;
  tier: Record<'nonprofit' | 'commercial', string>;
  problem: Record<AreaProblem, string>;
}

export interface BillViewLine {
  key: string;
  place: string;
  /** 大同（经营性）. */
  name: string;
  /** 3.52元/平方米·月 × 5.5个月. */
  rate: string;
  bill: string;
  /** 比最便宜的多 …; the cheapest line says 最便宜. */
  difference: string;
  /** Bill as a share of the dearest bill, 0–1, for the bar. */
  share: number;
  selected: boolean;
}

export interface BillView {
  sentence: string;
  lines: BillViewLine[];
}

export interface BillQuery {
  place: string;
  use: Use;
  area: number;
}

/** A tariff as the calculator names it: the city, and the tier where the city has two (大同（经营性）). */
export function tariffName(tariff: Tariff, placeNames: Readonly<Record<string, string>>, messages: Pick<BillMessages, 'tier'>): string {
  const place = placeNames[tariff.place] ?? tariff.place;
  return tariff.tier ? `${place}（${messages.tier[tariff.tier]}）` : place;
}

export function billView(tariffs: readonly Tariff[], placeNames: Readonly<Record<string, string>>, query: BillQuery, messages: BillMessages): BillView {
  const lines = compareBills(tariffs, query);
  const dearest = Math.max(...lines.map((line) => line.bill.value));
  const nameOf = (tariff: Tariff) => tariffName(tariff, placeNames, messages);
  const money = (q: { value: number; qualifier: Tariff['price']['qualifier']; unit: string }) => formatValue(q.value, q.unit, q.qualifier);
  const view: BillViewLine[] = lines.map((line) => ({
    key: line.tariff.key,
    place: line.tariff.place,
    name: nameOf(line.tariff),
    rate: `${money(line.tariff.price)} × ${money(line.tariff.months)}`,
    bill: money(line.bill),
    difference: line.overCheapest ? money(line.overCheapest) : messages.cheapestMark,
    share: dearest > 0 ? line.bill.value / dearest : 0,
    selected: line.tariff.place === query.place,
  }));
  const cheapest = lines[0];
  if (!cheapest) return { sentence: '', lines: view };
  const parts = [
    fill(messages.lead, { area: formatValue(query.area, '平方米'), use: messages.use[query.use] }),
    fill(messages.cheapest, { place: nameOf(cheapest.tariff), bill: money(cheapest.bill) }),
  ];
  for (const line of lines.filter((l) => l.tariff.place === query.place)) {
    parts.push(
      line.overCheapest
        ? fill(messages.selected, { place: nameOf(line.tariff), bill: money(line.bill), cheapest: nameOf(cheapest.tariff), difference: money(line.overCheapest) })
        : fill(messages.selectedCheapest, { place: nameOf(line.tariff) }),
    );
  }
  return { sentence: parts.join(''), lines: view };
}

/** The message for an area the calculator cannot use, with the accepted range filled in. */
export function problemMessage(problem: AreaProblem, messages: BillMessages): string {
  return fill(messages.problem[problem], { min: formatNumber(areaLimits.min), max: formatNumber(areaLimits.max) });
}
