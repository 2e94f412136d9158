import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from '../../src/charts/common/text-width.ts';

describe('textWidth', () => {
  it('measures a Chinese character as a full em, twice what Plot assumes', () => {
    expect(textWidth('包头', 10)).toBe(20);
    expect(textWidth('2025', 10)).toBe(24);
  });

  it('measures the em dash of a date range as a full em', () => {
    expect(textWidth('—', 10)).toBe(10);
  });
});

describe('wrapText', () => {
  it('breaks Chinese between any two characters, within the width', () => {
    const lines = wrapText('华电内蒙古能源有限公司包头发电分公司', 100, 10);
    expect(lines.join('')).toBe('华电内蒙古能源有限公司包头发电分公司');
    for (const line of lines) expect(textWidth(line, 10)).toBeLessThanOrEqual(100);
    expect(lines).toHaveLength(2);
  });

  it('keeps Latin words and numbers whole', () => {
    expect(wrapText('供热 2025-2026 season', 80, 10)).toEqual(['供热 2025-2026', 'season']);
    expect(wrapText('供热 2025-2026 season', 60, 10)).toEqual(['供热', '2025-2026', 'season']);
  });

  it('returns one line for a label that fits', () => {
    expect(wrapText('包头', 100, 10)).toEqual(['包头']);
  });
});

describe('wrapText and punctuation', () => {
  it('never starts a line with closing punctuation: the character before it comes along', () => {
    expect(wrapText('居民热价（按建筑面积）', 130, 13)).toEqual(['居民热价（按建筑面', '积）']);
  });

  it('never ends a line with opening punctuation: it moves down with what it opens', () => {
    expect(wrapText('供热管网改造（一次网）', 91, 13)).toEqual(['供热管网改造', '（一次网）']);
  });
});
