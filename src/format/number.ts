import { qualifierVocabulary, type Qualifier } from '../schemas/qualifier.ts';

/**
 * Numbers for Chinese readers. Grouping only from five digits (3962, 13,505), as Chinese print does; exact
 * values in text and tables; 万/亿 on long axes, where a value is read at a glance.
 */
const exact = new Intl.NumberFormat('zh-CN', { useGrouping: 'min2', maximumFractionDigits: 6 });

/** An exact number: 3962, 965.13, 13,505, -20. */
export function formatNumber(value: number): string {
  return exact.format(value);
}

/** Decimal places of a number as written (in a CSV, in a report): 2.52 → 2, 3400 → 0, 1e-7 → 7. */
export function decimalsOf(value: number): number {
  const text = String(value);
  if (/e-/.test(text)) return Number(text.split('e-')[1]);
  return text.includes('.') ? text.split('.')[1]!.length : 0;
}

/**
 * Formats the ticks of one axis consistently: exact up to 99,999 (0, 5000, 14,000), and in 万 or 亿 for every
 * tick when the axis reaches further (0, 5万, 10万), so no axis mixes 8000 with 1万.
 */
export function tickFormatter(maxAbs: number): (value: number) => string {
  if (maxAbs >= 1e9) return (value) => (value === 0 ? '0' : `${exact.format(value / 1e8)}亿`);
  if (maxAbs >= 1e5) return (value) => (value === 0 ? '0' : `${exact.format(value / 1e4)}万`);
  return (value) => exact.format(value);
}

/** A unit that starts with a magnitude (万平方米, 亿元) splits into the magnitude and the rest. */
function splitUnit(unit: string): [magnitude: string, rest: string] {
  const match = /^([万亿])(.+)$/.exec(unit);
  return match ? [match[1]!, match[2]!] : ['', unit];
}

/**
 * A value with its unit and qualifier, as a sentence would say it: 3962万平方米, 96.11%, 4000余个,
 * 1.6万余户, 近6个月, 50摄氏度以内, 25天左右, 至少1名.
 */
export function formatValue(value: number, unit = '', qualifier: Qualifier | null = null): string {
  const number = formatNumber(value);
  if (qualifier === null) return `${number}${unit}`;
  const { word, place } = qualifierVocabulary[qualifier];
  if (place === 'before') return `${word}${number}${unit}`;
  if (place === 'after') return `${number}${unit}${word}`;
  // 余 and 多 follow the count and its magnitude (1.6万余户, 3400多户); with a percentage they follow the sign
  // (48%多): computed shares never carry them (a result from an approximate input is 约, src/data/precision.ts).
  const [magnitude, rest] = splitUnit(unit);
  return unit === '%' ? `${number}%${word}` : `${number}${magnitude}${word}${rest}`;
}
