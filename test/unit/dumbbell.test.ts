import { describe, expect, it } from 'vitest';
import { dumbbellSpec, type DumbbellDatum } from '../../src/charts/dumbbell/spec.ts';
import { layouts } from '../../src/charts/common/layout.ts';
import { drawSpec } from '../../src/charts/draw.ts';

const words = { unit: '%', beforeLabel: '改造前', afterLabel: '改造后' };
const end = (value: number | null) => (value === null ? null : { value, text: `${value}%`, qualifier: null });
const item = (label: string, before: number | null, after: number | null): DumbbellDatum => ({ label, highlight: false, before: end(before), after: end(after) });

/** Each value label's anchor and text, in drawing order. */
const labels = (svg: string) => [...svg.matchAll(/<g[^>]*text-anchor="(start|end)"[^>]*>((?:\s*<text[^>]*>[^<]*<\/text>)+)/g)].flatMap((m) => [...m[2]!.matchAll(/>([^<]*%)</g)].map((t) => `${m[1]} ${t[1]}`));

describe('dumbbellSpec', () => {
  it('writes the smaller figure left of its mark and the larger right of its mark, so equal figures never collide', () => {
    const svg = drawSpec(dumbbellSpec([item('城区', 93, 98), item('县城', 97, 96.5), item('农村', 96, 96)], layouts[0]!, words), { label: 't' });
    expect(labels(svg).sort()).toEqual(['end 93%', 'end 96%', 'end 96.5%', 'start 96%', 'start 97%', 'start 98%']);
  });

  it('titles both ends of every row in reading order, the change on the later one', () => {
    const svg = drawSpec(dumbbellSpec([item('城区', 93, 98), item('县城', 89, null)], layouts[1]!, words), { label: 't' });
    const titles = [...svg.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]);
    expect(titles).toEqual(['城区\n改造前：93%', '城区\n改造后：98%（提高了5个百分点）', '县城\n改造前：89%']);
    expect(svg).toContain('改造后：报道未给出');
  });

  it('leaves out an arrow too short to show between the ring and the dot', () => {
    const arrows = (data: DumbbellDatum[]) => (drawSpec(dumbbellSpec(data, layouts[0]!, words), { label: 't' }).match(/<path[^>]*d="M[^"]*L[^"]*M/g) ?? []).length;
    expect(arrows([item('城区', 10, 90)])).toBe(1);
    expect(arrows([item('城区', 10, 90), item('县城', 50, 50.5)])).toBe(1);
  });
});

