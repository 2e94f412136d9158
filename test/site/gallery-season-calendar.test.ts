import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';

const siteDir = inject('siteDir');
const gallery = parseHTML(readFileSync(path.join(siteDir, 'gallery/index.html'), 'utf8')).document;

describe('the season calendar on the gallery page (content/data/heating-season-calendar)', () => {
  const figure = gallery.querySelector('figure[data-chart="season-calendar"]')!;

  it('draws both layouts, each row with its tooltip, in row order', () => {
    const svgs = [...figure.querySelectorAll('svg[role="img"]')];
    expect(svgs).toHaveLength(2);
    for (const svg of svgs) {
      expect(svg.getAttribute('aria-label')).toBe('报道给出的几段采暖期');
      expect([...svg.querySelectorAll('title')].map((title) => title.textContent)).toEqual([
        '包头市热力集团，2025-2026采暖季\n10月15日（推算）—4月15日，183天',
        '华电包头发电分公司，2025-2026采暖季\n报道未给出日期，188天',
        '朔州市中心城区，2022-2023采暖季\n9月28日起',
        '红桥区，2024-2025采暖季\n报道未给出日期',
      ]);
    }
  });

  it('says in words what the reports give and what was computed', () => {
    expect(figure.querySelector('.chart__summary')?.textContent).toBe(
      '这些供热期分属3个采暖季，起止日期按月日比较。供热天数最长的是华电包头发电分公司，188天。开始最早的是朔州市中心城区，2022年9月28日。' +
        '结束最晚的是包头市热力集团，2026年4月15日。包头市热力集团的开始日期是由结束日期和供热天数推算的（天数含首尾两天），报道未直接给出。' +
        '华电包头发电分公司（2025-2026）、红桥区（2024-2025）报道未给出日期。',
    );
  });

  it('keeps the computed start out of the dataset and marks it in the table', () => {
    const rows = [...figure.querySelectorAll('details table tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent));
    expect(rows[0]).toEqual(['包头市热力集团', '2025-2026', '2025年10月15日（推算）', '2026年4月15日', '183天']);
    const csv = readFileSync(path.join(siteDir, 'data/heating-season-calendar.csv'), 'utf8');
    expect(csv).not.toContain('2025-10-15');
  });
});
