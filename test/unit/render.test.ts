import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { drawSpec } from '../../src/charts/draw.ts';

const data = [{ label: '太原', value: 3.6 }, { label: '朔州', value: 2.52 }];

describe('drawSpec', () => {
  it('writes no style attribute: the root font size becomes font-size, tabular figures a class', () => {
    const svg = drawSpec({ style: { fontSize: '13px' }, marks: [Plot.barX(data, { x: 'value', y: 'label' })] }, { label: '价格' });
    expect(svg).not.toMatch(/\sstyle=/);
    expect(svg).not.toContain('font-variant');
    expect(svg).toMatch(/^<svg [^>]*font-size="13"/);
    expect(svg).toContain('<g class="hsd-tabular-nums"');
  });

  it('refuses any other inline style, which the Content-Security-Policy would block', () => {
    expect(() => drawSpec({ style: { fontSize: '13px', color: 'red' }, marks: [Plot.barX(data, { x: 'value', y: 'label' })] }, { label: '价格' })).toThrow(
      'Chart SVG with an inline style (style="font-size:13px;color:red" on <svg>)',
    );
  });
});
