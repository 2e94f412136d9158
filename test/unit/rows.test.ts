import { describe, expect, it } from 'vitest';
import type * as Plot from '@observablehq/plot';
import { layouts } from '../../src/charts/common/layout.ts';
import { barDomain, nameMarks, niceDomain, rowLayout, rowPlot, valueTickFormat } from '../../src/charts/common/rows.ts';
import { textWidth, wrapText } from '../../src/charts/common/text-width.ts';
import { drawSpec } from '../../src/charts/draw.ts';

const [compact, wide] = layouts as [(typeof layouts)[number], (typeof layouts)[number]];
const long = '华电内蒙古能源有限公司包头发电分公司';

describe('rowLayout', () => {
  it('wraps names left of the plot to 40% of the drawing, the widest line setting the left margin', () => {
    const rows = rowLayout(['包头', long], compact, ['3962万平方米'], {});
    expect(rows.names).toBe('left');
    expect(rows.lines(long)).toEqual(wrapText(long, Math.round(compact.width * 0.4), compact.fontSize));
    expect(rows.lines(long).length).toBeGreaterThan(1);
    expect(rows.text(long)).toBe(rows.lines(long).join('\n'));
    const widest = Math.max(...rows.lines(long).map((line) => textWidth(line, compact.fontSize)));
    expect(rows.marginLeft).toBe(Math.ceil(widest) + 10);
    expect(rows.lineHeight).toBe(compact.fontSize * 1.25);
  });

  it('holds the widest value text right of the plot, and the plot is what is left between the margins', () => {
    const rows = rowLayout(['包头'], wide, ['3.6元', '3962万平方米'], {});
    expect(rows.marginRight).toBe(Math.ceil(textWidth('3962万平方米', wide.fontSize)) + 12);
    expect(rows.plotWidth).toBe(wide.width - rows.marginLeft - rows.marginRight);
    expect(rows.ticks).toBe(Math.max(2, Math.floor(rows.plotWidth / 90)));
    expect(rowLayout(['包头'], wide, [], {}).marginRight).toBe(12);
  });

  it('sets names above their rows across the drawing, the plot 8px in unless told otherwise', () => {
    const rows = rowLayout([long], compact, [], { names: 'above' });
    expect(rows.lines(long)).toEqual(wrapText(long, compact.width - 4, compact.fontSize));
    expect(rows.marginLeft).toBe(8);
    expect(rowLayout([long], compact, [], { names: 'above', marginLeft: 30 }).marginLeft).toBe(30);
    expect(rowLayout([long], compact, [], { names: 'above', wrapWidth: 100 }).lines(long)).toEqual(wrapText(long, 100, compact.fontSize));
  });

  it('with a fixed domain, leaves room on the right for half the last tick label, or more', () => {
    const domain: [number, number] = [0, 8000];
    const half = textWidth(valueTickFormat(domain)(8000), wide.fontSize) / 2 + 4;
    expect(rowLayout(['a'], wide, [], { names: 'above', domain, rightRoom: 0 }).marginRight).toBe(Math.ceil(half));
    expect(rowLayout(['a'], wide, [], { names: 'above', domain, rightRoom: 100 }).marginRight).toBe(100);
  });

  it('makes room above the plot only for reference lines, whose labels stand there', () => {
    expect(rowLayout(['a'], compact, []).marginTop).toBe(4);
    expect(rowLayout(['a'], compact, [], { annotations: [{ x: 10, y: 'a', label: '注' }] }).marginTop).toBe(4);
    expect(rowLayout(['a'], compact, [], { annotations: [{ x: 10, label: '上限' }] }).marginTop).toBe(Math.ceil(compact.fontSize * 1.6));
  });

  it('adds the bottom margin to where the rows end, in whole pixels', () => {
    const rows = rowLayout(['a'], compact, []);
    expect(rows.marginBottom).toBe(Math.ceil(compact.fontSize * 2));
    expect(rows.height(100.4)).toBe(Math.round(100.4 + rows.marginBottom));
  });
});

describe('value domains', () => {
  it('barDomain keeps min and max without negative bars, and widens leftwards for their labels', () => {
    const rows = rowLayout(['a', 'b'], compact, ['100'], {});
    expect(barDomain(rows, 0, 100, [])).toEqual([0, 100]);
    const [min, max] = barDomain(rows, -20, 100, ['-20户']);
    expect(max).toBe(100);
    expect(min).toBeLessThan(-20);
    // The widened domain leaves the label's width (and 8px) left of the bar's end.
    const room = textWidth('-20户', compact.fontSize) + 8;
    expect(((-20 - min) / (max - min)) * rows.plotWidth).toBeCloseTo(room, 6);
  });

  it('niceDomain rounds both ends outwards', () => {
    expect(niceDomain(0, 93)).toEqual([0, 100]);
    expect(niceDomain(-3, 7011)).toEqual([-1000, 8000]);
  });
});

describe('rowPlot', () => {
  const rows = rowLayout(['城区', '县城'], compact, ['98%'], { annotations: [{ x: 50, label: '目标' }, { x: 20, y: '县城', label: '注' }] });
  const options = rowPlot(rows, { height: 120, x: { domain: [0, 100], nice: false }, y: { type: 'identity', axis: null }, centres: new Map([['城区', 20], ['县城', 60]]), marks: [] });

  it('carries the layout’s size and margins and the value axis', () => {
    expect(options).toMatchObject({ width: compact.width, height: 120, marginLeft: rows.marginLeft, marginRight: rows.marginRight, marginTop: rows.marginTop, marginBottom: rows.marginBottom });
    expect(options.style).toEqual({ fontSize: `${compact.fontSize}px` });
    expect(options.x).toMatchObject({ domain: [0, 100], nice: false, label: null, ticks: rows.ticks });
    expect(options.y).toEqual({ type: 'identity', axis: null });
    expect('r' in options).toBe(false);
  });

  it('draws the grid first, then the annotations, then the chart’s own marks', () => {
    const mine = { marker: true } as unknown as Plot.Markish;
    const marks = rowPlot(rows, { height: 120, x: { domain: [0, 100], nice: false }, y: {}, marks: [mine] }).marks as unknown[];
    // Grid, a reference line with its label, a note with its label, then the chart's.
    expect(marks).toHaveLength(6);
    expect(marks.at(-1)).toBe(mine);
  });
});

describe('nameMarks', () => {
  const names = [{ label: '城区', highlight: false, y: 20 }, { label: '县城', highlight: true, y: 60 }];
  const svg = (rows: ReturnType<typeof rowLayout>) =>
    drawSpec(rowPlot(rows, { height: 100, x: { domain: [0, 1], nice: false }, y: { type: 'identity', axis: null }, marks: nameMarks(rows, names) }), { label: 'names' });

  it('draws plain names and highlighted ones as two marks, the highlighted bold in the accent colour', () => {
    const drawn = svg(rowLayout(['城区', '县城'], compact, [], { names: 'above' }));
    expect(drawn).toMatch(/<g [^>]*font-weight="normal"[^>]*fill="var\(--chart-text\)"[^>]*><text [^>]*>城区<\/text><\/g>/);
    expect(drawn).toMatch(/<g [^>]*font-weight="bold"[^>]*fill="var\(--chart-accent\)"[^>]*><text [^>]*>县城<\/text><\/g>/);
  });

  it('starts names above their rows at the drawing’s edge with a halo; ends names left of the plot before it', () => {
    const above = svg(rowLayout(['城区', '县城'], compact, [], { names: 'above' }));
    expect(above).toContain('text-anchor="start"');
    expect(above).toContain('stroke="var(--chart-halo)"');
    const left = svg(rowLayout(['城区', '县城'], compact, [], {}));
    expect(left).toContain('text-anchor="end"');
    expect(left).not.toContain('stroke="var(--chart-halo)"');
  });
});
