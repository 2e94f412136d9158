import { describe, expect, it } from 'vitest';
import { layouts } from '../../src/charts/common/layout.ts';
import { progressSpec, progressText, shareText, type ProgressDatum } from '../../src/charts/progress/spec.ts';
import { drawSpec } from '../../src/charts/draw.ts';

const words = { plannedLabel: '计划', doneLabel: '已完成' };
function item(label: string, planned: number | null, done: number | null, over = false): ProgressDatum {
  return {
    label,
    highlight: false,
    planned: planned === null ? null : { value: planned, text: `${planned}户`, qualifier: null },
    done: done === null ? null : { value: done, text: `${done}${over ? '余' : ''}户`, qualifier: over ? 'over' : null },
  };
}

describe('shareText', () => {
  it('gives the share as a share dataset does: one decimal, 约 when rounded, no more precise than a 余 figure allows', () => {
    expect(shareText(item('二期', 5301, 2164))).toBe('约40.8%');
    // 3400余 of 7011: 48.5% to 49.9%, so to the percent 约49% (48, from the printed figures, lies outside).
    expect(shareText(item('合计', 7011, 3400, true))).toBe('约49%');
    expect(shareText(item('超额', 4000, 4600))).toBe('115%');
    expect(shareText(item('未动工', 2500, 0))).toBe('0%');
  });

  it('never rounds a share to 0% or 100% that is not', () => {
    expect(shareText(item('甲', 1000, 4))).toBe('0.4%');
    expect(shareText(item('乙', 1000, 996))).toBe('99.6%');
    expect(shareText(item('丙', 100000, 9))).toBe('不到0.1%');
    expect(shareText(item('丁', 100000, 99999))).toBe('不到100%');
    expect(shareText(item('戊', 1000, 1000))).toBe('100%');
  });

  it('has no share without both figures or with nothing planned', () => {
    expect(shareText(item('甲', null, 4))).toBeNull();
    expect(shareText(item('乙', 0, 4))).toBeNull();
  });
});

describe('progressText', () => {
  it('writes done / planned (share), or says which figure is missing', () => {
    expect(progressText(item('合计', 7011, 3400, true), words)).toBe('3400余户 / 7011户（约49%）');
    expect(progressText(item('二期', 5301, null), words)).toBe('计划5301户，已完成报道未给出');
    expect(progressText(item('一期', null, 1700), words)).toBe('已完成1700户，计划报道未给出');
    expect(progressText(item('三期', null, null), words)).toBe('报道未给出');
  });
});

describe('progressSpec', () => {
  it('draws done beyond planned past the end of the track, unclipped, with track and bar titled in reading order', () => {
    const svg = drawSpec(progressSpec([item('一期', 4000, 4600), item('二期', 5301, 2164)], layouts[1]!, words), { label: 't' });
    const rects = [...svg.matchAll(/<rect[^>]*width="([\d.]+)"[^>]*>\s*<title>([^<]*)<\/title>/g)].map((m) => [m[2], Number(m[1])] as const);
    expect(rects.map(([title]) => title)).toEqual(['一期\n计划：4000户', '一期\n已完成：4600户（115%）', '二期\n计划：5301户', '二期\n已完成：2164户（约40.8%）']);
    expect(rects[1]![1] / rects[0]![1]).toBeCloseTo(4600 / 4000, 2);
    expect(svg).not.toContain('clip-path');
  });
});

