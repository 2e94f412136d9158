import { describe, expect, it } from 'vitest';
import { checkAtMost } from '../../src/data/checks/at-most.ts';
import { checkDaysBetween } from '../../src/data/checks/days-between.ts';
import { checkProduct } from '../../src/data/checks/product.ts';
import { runChecks } from '../../src/data/checks/run.ts';
import { checkShare } from '../../src/data/checks/share.ts';
import { checkSum } from '../../src/data/checks/sum.ts';
import type { Quantity } from '../../src/data/quantity.ts';
import { checkWhere, fieldWhere } from '../../src/errors/where.ts';
import { daysBetween } from '../../src/format/date.ts';
import { byId, longDataset } from '../support/datasets.ts';
import { expectEditorError } from '../support/editor-errors.ts';

const q = (value: number, unit = '户', qualifier: Quantity['qualifier'] = null): Quantity => ({ value, unit, qualifier });

describe('checkSum: parts add up to their stated total', () => {
  it('holds for the three heat sources and their total design capacity', () => {
    const result = checkSum([q(2000, '万平方米'), q(1200, '万平方米'), q(1200, '万平方米')], q(4400, '万平方米'));
    expect(result).toMatchObject({ holds: true, computed: q(4400, '万平方米') });
  });
  it('fails when the parts miss the total', () => {
    expect(checkSum([q(2000, '万平方米'), q(1200, '万平方米')], q(4400, '万平方米')).holds).toBe(false);
  });
  it('allows for qualifiers: 3400多 + 1600 can make 5050', () => {
    expect(checkSum([q(3400, '户', 'over'), q(1600)], q(5050)).holds).toBe(true);
    expect(checkSum([q(3400, '户', 'over'), q(1600)], q(5150)).holds).toBe(false);
  });
});

describe('checkAtMost: done does not exceed planned', () => {
  it('holds for 329 radiators installed of 688 signed', () => {
    expect(checkAtMost(q(329), q(688)).holds).toBe(true);
  });
  it('fails for 329 installed of 311 signed', () => {
    expect(checkAtMost(q(329), q(311))).toMatchObject({ holds: false, reported: q(311), computed: q(329) });
  });
  it('reads an upper bound as a ceiling: 24.5 is within 27.5以内, 29 is not', () => {
    expect(checkAtMost(q(24.5, '元/吉焦'), q(27.5, '元/吉焦', 'max')).holds).toBe(true);
    expect(checkAtMost(q(29, '元/吉焦'), q(27.5, '元/吉焦', 'max')).holds).toBe(false);
  });
  it('refuses figures in different units', () => {
    expect(() => checkAtMost(q(329), q(311, '台'))).toThrow('单位不同：户与台');
  });
});

describe('checkShare: a reported share matches its counts within its rounding', () => {
  it('holds for 48% of 7011 households with 3400多 converted', () => {
    expect(checkShare(q(48, '%'), q(3400, '户', 'over'), q(7011))).toMatchObject({ holds: true, computed: q(49, '%', 'approx') });
  });
  it('fails for 45% of 7011 with 3400多 converted', () => {
    expect(checkShare(q(45, '%'), q(3400, '户', 'over'), q(7011)).holds).toBe(false);
  });
  it('holds for a usable area of 70% of building area, from 2.52 and 3.6 元 per m²', () => {
    expect(checkShare(q(70, '%'), q(2.52, '元/平方米·月'), q(3.6, '元/平方米·月')).holds).toBe(true);
  });
});

describe('checkProduct: factors multiply to the stated result', () => {
  const price = q(2.52, '元/平方米·月');
  const area = q(185, '平方米');
  it('fails for the quoted Shuozhou bill: 2.52 × 近6 × 185 is at least 2564.1, not 2500', () => {
    expect(checkProduct([price, q(6, '个月', 'nearly'), area], q(2500, '元'))).toMatchObject({ holds: false, computed: q(2800, '元', 'approx') });
  });
  it('holds for a bill of 2700 元, which 近6个月 can give', () => {
    expect(checkProduct([price, q(6, '个月', 'nearly'), area], q(2700, '元')).holds).toBe(true);
  });
});

describe('checkDaysBetween: the days between two dates match the reported count', () => {
  it('counts calendar days', () => {
    expect(daysBetween('2022-09-28', '2022-10-25')).toBe(27);
    expect(daysBetween('2025-10-15', '2026-04-15')).toBe(182);
  });
  it('fails for 约25 days between 28 September and 25 October', () => {
    expect(checkDaysBetween('2022-09-28', '2022-10-25', q(25, '天', 'approx')).holds).toBe(false);
  });
  it('holds for 约27 days', () => {
    expect(checkDaysBetween('2022-09-28', '2022-10-25', q(27, '天', 'approx')).holds).toBe(true);
  });
});

describe('runChecks: the checks a dataset declares, run in the build', () => {
  const rows = 'signed,已签约,311,,,,户\ninstalled,已安装,329,,,,户\nplanned_start,原定日期,,,2022-10-25,,\nstart,实际开始,,,2022-09-28,,\nearly,提前天数,25,,,approx,天\n';
  const atMost = (extra = '') => `checks:
  - type: at-most
    label: 已安装不超过已签约
    value: { row: installed, column: value }
    limit: { row: signed, column: value }
${extra}`;

  it('stops the build at a failing check, naming the check, the cells and their values', () => {
    const located = longDataset('works', rows, atMost());
    expectEditorError(() => runChecks(located, byId(located)), {
      code: 'check-fails',
      file: 'content/data/works.yaml',
      line: 38,
      where: checkWhere({ label: '已安装不超过已签约', type: 'at-most' }, 0),
      details: { found: 'installed / value 为 329户，signed / value 为 311户', relation: 'at-most' },
    });
  });

  it('lets a known inconsistency through and returns it as a result', () => {
    const located = longDataset('works', rows, atMost('    id: installed-exceeds-signed\n    known: 报道的安装户数多于签约户数。\n'));
    const [result] = runChecks(located, byId(located));
    expect(result).toMatchObject({ holds: false, text: 'installed / value 为 329户，signed / value 为 311户', check: { id: 'installed-exceeds-signed' } });
  });

  it('stops the build when a known inconsistency no longer fails', () => {
    const fixed = rows.replace('installed,已安装,329', 'installed,已安装,300');
    const located = longDataset('works', fixed, atMost('    id: installed-exceeds-signed\n    known: 报道的安装户数多于签约户数。\n'));
    expectEditorError(() => runChecks(located, byId(located)), {
      code: 'check-known-resolved',
      file: 'content/data/works.yaml',
      line: 43,
      where: checkWhere({ label: '已安装不超过已签约', type: 'at-most' }, 0),
      details: { found: 'installed / value 为 300户，signed / value 为 311户' },
    });
  });

  it('requires an id on a known inconsistency', () => {
    expectEditorError(() => longDataset('works', rows, atMost('    known: 报道的安装户数多于签约户数。\n')), {
      code: 'check-known-without-id',
      file: 'content/data/works.yaml',
      line: 38,
      where: fieldWhere(['checks', 0, 'id']),
      details: { field: 'checks[0].id', hint: 'dataset.checks.id' },
    });
  });

  it('refuses an unknown kind of check, listing the kinds there are', () => {
    expectEditorError(() => longDataset('works', rows, atMost().replace('type: at-most', 'type: at_most')), {
      code: 'field-wrong-value',
      file: 'content/data/works.yaml',
      line: 38,
      where: fieldWhere(['checks', 0, 'type']),
      details: { field: 'checks[0].type', found: 'at_most', accepted: ['sum', 'at-most', 'share', 'product', 'days-between'], suggestion: 'at-most', hint: 'dataset.checks.type' },
    });
  });

  it('refuses a ref to a row key that more than one row has', () => {
    const located = longDataset('works', rows + 'signed,再次签约,300,,,,户\n', atMost());
    expectEditorError(() => runChecks(located, byId(located)), {
      code: 'row-ambiguous',
      file: 'content/data/works.yaml',
      line: 41,
      where: fieldWhere(['checks', 0, 'limit', 'row']),
      details: { found: 'signed', dataset: 'works', key: 'measure', count: 2, file: 'content/data/works.csv' },
    });
  });

  it('points at the ref that names no row, listing the rows there are', () => {
    const located = longDataset('works', rows, atMost().replace('row: signed', 'row: sigend'));
    expectEditorError(() => runChecks(located, byId(located)), {
      code: 'row-unknown',
      file: 'content/data/works.yaml',
      line: 41,
      where: fieldWhere(['checks', 0, 'limit', 'row']),
      details: { found: 'sigend', dataset: 'works', key: 'measure', rows: ['signed', 'installed', 'planned_start', 'start', 'early'] },
    });
  });

  it('compares across datasets and checks dates', () => {
    const other = longDataset('plan', 'planned,计划,5301,,,,户\n');
    const located = longDataset('works', rows, `checks:
  - type: at-most
    label: 已安装不超过计划
    value: { row: installed, column: value }
    limit: { dataset: plan, row: planned, column: value }
  - type: days-between
    id: early-start
    label: 提前天数与日期相符
    from: { row: start, column: date }
    to: { row: planned_start, column: date }
    days: { row: early, column: value }
    known: 报道说提前约25天，两个日期相隔27天。
`);
    const results = runChecks(located, byId(located, other));
    expect(results.map((r) => [r.holds, r.text])).toEqual([
      [true, 'installed / value 为 329户，plan 的 planned / value 为 5301户'],
      [false, 'start / date 到 planned_start / date 相隔 27天，early / value 为 约25天'],
    ]);
  });
});
