/**
 * What a reader types as a home's area, read once: full-width digits and a trailing unit (平方米, 平米, ㎡, m²)
 * are accepted, anything else is a problem the calculator names in Chinese. Never a NaN.
 */
export const areaLimits = { min: 1, max: 10_000 } as const;

export type AreaProblem = 'empty' | 'not-a-number' | 'not-positive' | 'too-small' | 'too-large';

export type AreaReading = { ok: true; area: number } | { ok: false; problem: AreaProblem };

const unitSuffix = /\s*(平方米|平米|m²|m2|平)$/i;

export function readArea(input: string): AreaReading {
  // NFKC folds full-width digits, the full-width point and ㎡ (to m2).
  const text = input.normalize('NFKC').trim().replace(unitSuffix, '').replace(/(\d),(?=\d{3}(\D|$))/g, '$1');
  if (text === '') return input.trim() === '' ? { ok: false, problem: 'empty' } : { ok: false, problem: 'not-a-number' };
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return { ok: false, problem: 'not-a-number' };
  const area = Number(text);
  if (!Number.isFinite(area)) return { ok: false, problem: 'not-a-number' };
  if (area <= 0) return { ok: false, problem: 'not-positive' };
  if (area < areaLimits.min) return { ok: false, problem: 'too-small' };
  if (area > areaLimits.max) return { ok: false, problem: 'too-large' };
  return { ok: true, area };
}
