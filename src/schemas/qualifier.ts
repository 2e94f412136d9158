/**
 * The words the reports put on a number to say how exact it is, each with one code and one meaning. A CSV's
 * qualifier column holds the code; everything that shows or computes with a figure reads its meaning here, so
 * 余 never prints as 以上 and 近 never counts as an open bound.
 *
 * - `place`: where the word stands: before the number (约25), after number and unit (25天左右), or between the
 *   number's magnitude and the rest of its unit (1.6万余户, 3400多户).
 * - `reading`: what the printed figure v can stand for (step = the place value of v's last non-zero digit):
 *   `round` v ± step/2; `under` v − step/2 to v; `beyond` v to v + step; `at-least` v and up; `at-most` up to v.
 */
export const qualifierVocabulary = {
  approx: { word: '约', place: 'before', reading: 'round' },
  around: { word: '左右', place: 'after', reading: 'round' },
  nearly: { word: '近', place: 'before', reading: 'under' },
  over: { word: '余', place: 'inside', reading: 'beyond' },
  more: { word: '多', place: 'inside', reading: 'beyond' },
  min: { word: '以上', place: 'after', reading: 'at-least' },
  atleast: { word: '至少', place: 'before', reading: 'at-least' },
  max: { word: '以内', place: 'after', reading: 'at-most' },
  below: { word: '以下', place: 'after', reading: 'at-most' },
} as const satisfies Record<string, { word: string; place: 'before' | 'after' | 'inside'; reading: Reading }>;

export type Reading = 'round' | 'under' | 'beyond' | 'at-least' | 'at-most';
export type Qualifier = keyof typeof qualifierVocabulary;
export const qualifiers = Object.keys(qualifierVocabulary) as [Qualifier, ...Qualifier[]];

export function readingOf(qualifier: Qualifier): Reading {
  return qualifierVocabulary[qualifier].reading;
}

export function qualifierWord(qualifier: Qualifier): string {
  return qualifierVocabulary[qualifier].word;
}

/** The figure is an approximation of known width (约, 左右, 近, 余, 多), not an open bound. */
export function isApproximate(qualifier: Qualifier | null): boolean {
  return qualifier !== null && ['round', 'under', 'beyond'].includes(readingOf(qualifier));
}

/** The figure is an open bound (以上, 至少, 以内, 以下). */
export function isBound(qualifier: Qualifier | null): boolean {
  return qualifier !== null && (readingOf(qualifier) === 'at-least' || readingOf(qualifier) === 'at-most');
}

/** The code of a qualifier word as printed (“多” → more), or null for a word outside the vocabulary. */
export function qualifierOfWord(word: string): Qualifier | null {
  return qualifiers.find((q) => qualifierVocabulary[q].word === word) ?? null;
}
