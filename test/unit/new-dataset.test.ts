import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatContentCheck } from '../../src/check/content.ts';
import { displayPath } from '../../src/data/content-dir.ts';
import { loadAllDatasets } from '../../src/data/load-all.ts';
import { newDataset, type NewDataset } from '../../src/editorial/new-dataset.ts';
import { EditorError } from '../../src/errors/editor-error.ts';
import { cellWhere, fieldWhere, headerWhere } from '../../src/errors/where.ts';
import { root } from '../support/build.ts';
import { expectEditorError } from '../support/editor-errors.ts';
import { layOutFixture } from '../support/fixture-sites.ts';

/** `npm run new-dataset` over a scratch copy of the base fixture site, with the editor's CSV beside it. */
const scratch = path.join(root, 'test/.output/new-dataset');
const content = path.join(scratch, 'content');
const fresh = () => {
  rmSync(scratch, { recursive: true, force: true });
  layOutFixture('base', content);
};
const shown = (file: string) => displayPath(path.join(scratch, file));
const today = '2026-12-02';

/** A long table as an editor exports it: a key, a label, places, numbers with a qualifier and a unit column, a percent, a date, a source. */
const progressCsv = [
  'measure,label,place,value,value_qualifier,unit,share_percent,date,source',
  'households,已改造户数,shuozhou,3400,more,户,,,test-report',
  'share_done,完成比例,shuozhou,,,,48,,test-report',
  'start,开始供热,shanxi,,,,,2022-10-15,test-report',
].join('\n');

/** What the script does with the plan: the CSV copied or moved, the YAML written. */
function write(plan: NewDataset): void {
  if (plan.csv.action === 'copy') copyFileSync(plan.csv.from, plan.csv.to);
  if (plan.csv.action === 'move') renameSync(plan.csv.from, plan.csv.to);
  writeFileSync(plan.yaml.file, plan.yaml.text);
}

/** Fills a field the scaffold left empty (`key:` with nothing after it, or `key: }` in a flow line), the nth of that name. */
function fill(text: string, key: string, value: string, nth = 0): string {
  let seen = -1;
  return text.replace(new RegExp(`(^ *|[{,]\\s*)${key}:(?= *(?:$|\\}))`, 'gm'), (match, before: string) => (++seen === nth ? `${before}${key}: ${value}` : match));
}

const facts = (error: Error) => (error instanceof EditorError ? { code: error.code, file: error.parts.file, line: error.parts.line, where: error.parts.where } : { message: error.message });

describe('npm run new-dataset', () => {
  it('infers each column from its cells, copies the CSV in and leaves what the editor must say empty, each empty field named until it is filled', () => {
    fresh();
    writeFileSync(path.join(scratch, 'progress.csv'), progressCsv);
    const plan = newDataset({ id: 'coal-progress', from: path.join(scratch, 'progress.csv') }, content, today);
    expect(plan.csv).toEqual({ from: path.join(scratch, 'progress.csv'), to: path.join(content, 'data/coal-progress.csv'), action: 'copy' });
    expect(plan.columns.map(({ name, type, optional, qualifier, unitColumn }) => ({ name, type, optional, qualifier, unitColumn }))).toEqual([
      { name: 'measure', type: 'string', optional: false, qualifier: undefined, unitColumn: undefined },
      { name: 'label', type: 'string', optional: false, qualifier: undefined, unitColumn: undefined },
      { name: 'place', type: 'place', optional: false, qualifier: undefined, unitColumn: undefined },
      { name: 'value', type: 'integer', optional: true, qualifier: 'value_qualifier', unitColumn: 'unit' },
      { name: 'value_qualifier', type: 'qualifier', optional: false, qualifier: undefined, unitColumn: undefined },
      { name: 'unit', type: 'string', optional: true, qualifier: undefined, unitColumn: undefined },
      { name: 'share_percent', type: 'percent', optional: true, qualifier: undefined, unitColumn: undefined },
      { name: 'date', type: 'date', optional: true, qualifier: undefined, unitColumn: undefined },
      { name: 'source', type: 'source', optional: false, qualifier: undefined, unitColumn: undefined },
    ]);
    write(plan);
    expect(readFileSync(path.join(scratch, 'progress.csv'), 'utf8')).toBe(progressCsv);
    expect(readFileSync(plan.csv.to, 'utf8')).toBe(progressCsv);
    const text = plan.yaml.text;
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../../../../docs/schemas/dataset.schema.json');
    // What the cells tell is filled in: the places and the source named in them, today, the main column of a long table.
    expect(text).toContain('\nplaces: [shuozhou, shanxi]\n');
    expect(text).toContain('\nsources: [test-report]\n');
    expect(text).toContain(`\nupdated: ${today}\n`);
    expect(text).toContain('\nmainColumn: value\n');
    expect(text).toContain('\n  - { row: households, column: value, quote: }\n  - { row: share_done, column: share_percent, quote: }\n  - { row: start, column: date, quote: }\n');

    // Each field the editor must fill is an error at its line, named, every one at once; the build stops at the first.
    const lineOf = (needle: string, nth = 0) => text.split('\n').flatMap((line, index) => (line.includes(needle) ? [index + 1] : []))[nth]!;
    const meta = shown('content/data/coal-progress.yaml');
    const empty = (field: (string | number)[], line: number) => ({ code: 'field-empty', file: meta, line, where: fieldWhere(field) });
    const expected = [
      empty(['title'], lineOf('title:')),
      empty(['description'], lineOf('description:')),
      empty(['subject'], lineOf('subject:')),
      empty(['period'], lineOf('period:')),
      ...plan.columns.map((_, index) => empty(['columns', index, 'label'], lineOf('    label:', index))),
      empty(['provenance', 0, 'quote'], lineOf('row: households')),
      empty(['provenance', 1, 'quote'], lineOf('row: share_done')),
      empty(['provenance', 2, 'quote'], lineOf('row: start')),
    ];
    const result = checkContent(content);
    expect(result.errors.map(facts)).toEqual(expected);
    expect((result.errors[0] as EditorError).details).toEqual({ field: 'title', key: 'title', description: expect.stringMatching(/^中文标题/), optional: false, known: undefined, more: expected.length - 1 });
    expect(result.errors.slice(1).every((error) => (error as EditorError).details.more === 0)).toBe(true);
    expectEditorError(() => loadAllDatasets(content), { ...expected[0]!, code: 'field-empty' });

    // Filled in, as docs/DATASETS.md says, it passes every check, with the types inferred.
    let filled = text;
    for (const [key, value] of [['title', '朔州煤改电进度（测试）'], ['description', '测试用的煤改电进度。'], ['subject', 'conversions'], ['period', '2022']]) filled = fill(filled, key!, value!);
    ['指标', '名称', '地点', '数值', '限定', '单位', '完成比例', '日期', '来源'].forEach((label) => (filled = fill(filled, 'label', label)));
    for (const quote of ['已经改造了3400多户', '完成整体工作的48%', '10月15日开始供热']) filled = fill(filled, 'quote', quote);
    writeFileSync(plan.yaml.file, filled);
    expect(formatContentCheck(checkContent(content))).toEqual([]);
    const dataset = loadAllDatasets(content).find((d) => d.id === 'coal-progress')!;
    expect(dataset.rows[0]).toMatchObject({ measure: 'households', place: 'shuozhou', value: 3400, value_qualifier: 'more', unit: '户', share_percent: null, source: 'test-report' });
    expect(dataset.rows[1]).toMatchObject({ share_percent: 48, value: null });
  });

  it('leaves a unit to fill for each number without a unit column, and says which text cells are nearly numbers', () => {
    fresh();
    writeFileSync(path.join(scratch, 'scale.csv'), 'operator,heating_area,households,rate\n甲,3962,"13,505",96.11\n乙,965.13,2000,100\n丙,12,3000,0\n');
    const plan = newDataset({ id: 'scale', from: path.join(scratch, 'scale.csv') }, content, today);
    expect(plan.columns.map((column) => column.type)).toEqual(['string', 'number', 'string', 'percent']);
    expect(plan.yaml.text).toContain('  - name: heating_area\n    type: number\n    unit:\n    label:\n');
    expect(plan.yaml.text).toContain('  - name: rate\n    type: percent\n    label:\n');
    expect(plan.yaml.text).not.toContain('mainColumn');
    const [near] = plan.columns[2]!.nearNumbers;
    expect({ code: near!.code, file: near!.parts.file, line: near!.parts.line, column: near!.parts.column, where: near!.parts.where }).toEqual({
      code: 'cell-thousands-separator',
      file: shown('scale.csv'),
      line: 2,
      column: 3,
      where: cellWhere({ name: 'households' }, 3),
    });
    expect(plan.columns[1]!.nearNumbers).toEqual([]);
  });

  it('writes the YAML beside a CSV already in content/data/, and moves one there under another name', () => {
    fresh();
    const data = path.join(content, 'data');
    writeFileSync(path.join(data, 'starts.csv'), 'city,start\n朔州,2022-10-15\n');
    const kept = newDataset({ id: 'starts', from: path.join(data, 'starts.csv') }, content, today);
    expect(kept.csv).toEqual({ from: path.join(data, 'starts.csv'), to: path.join(data, 'starts.csv'), action: 'keep' });
    expect(kept.yaml.file).toBe(path.join(data, 'starts.yaml'));
    writeFileSync(path.join(data, 'Export (2).csv'), 'city,start\n朔州,2022-10-15\n');
    const moved = newDataset({ id: 'heating-starts', from: path.join(data, 'Export (2).csv') }, content, today);
    expect(moved.csv).toEqual({ from: path.join(data, 'Export (2).csv'), to: path.join(data, 'heating-starts.csv'), action: 'move' });
    write(moved);
    expect(existsSync(path.join(data, 'Export (2).csv'))).toBe(false);
  });

  it('refuses an invalid id, an id in use, a CSV that cannot be read and a header it cannot name columns by, each with a message', () => {
    fresh();
    const csv = path.join(scratch, 'scale.csv');
    writeFileSync(csv, 'city,area\n朔州,12\n');
    const at = (id: string) => shown(`content/data/${id}.csv`);
    expectEditorError(() => newDataset({ id: 'Heating_Scale', from: csv }, content, today), { code: 'dataset-id-invalid', file: at('Heating_Scale'), details: { found: 'Heating_Scale' } });
    expectEditorError(() => newDataset({ id: 'prices', from: csv }, content, today), { code: 'dataset-exists', file: at('prices'), details: { found: 'prices', file: shown('content/data/prices.csv') } });
    // The CSV of an existing dataset is that dataset's: it is not taken for another.
    expectEditorError(() => newDataset({ id: 'other-prices', from: path.join(content, 'data/prices.csv') }, content, today), {
      code: 'dataset-exists',
      file: shown('content/data/prices.csv'),
      details: { found: 'prices', file: shown('content/data/prices.yaml') },
    });
    const unreadable = (from: string, reason: 'missing' | 'folder' | 'not-csv' | 'encoding') =>
      expectEditorError(() => newDataset({ id: 'scale', from }, content, today), { code: 'csv-unreadable', file: shown(path.relative(scratch, from)), where: 'npm run new-dataset 的 --from', details: { found: shown(path.relative(scratch, from)), reason } });
    unreadable(path.join(scratch, 'nope.csv'), 'missing');
    mkdirSync(path.join(scratch, 'folder.csv'));
    unreadable(path.join(scratch, 'folder.csv'), 'folder');
    writeFileSync(path.join(scratch, 'scale.xlsx'), 'PK');
    unreadable(path.join(scratch, 'scale.xlsx'), 'not-csv');
    // 朔州 in GBK, as Excel's plain "CSV（逗号分隔）" saves it on a Chinese system.
    writeFileSync(path.join(scratch, 'gbk.csv'), Buffer.concat([Buffer.from('city,area\n'), Buffer.from([0xcb, 0xb7, 0xd6, 0xdd]), Buffer.from(',12\n')]));
    unreadable(path.join(scratch, 'gbk.csv'), 'encoding');
    writeFileSync(csv, 'city,供热面积\n朔州,12\n');
    expectEditorError(() => newDataset({ id: 'scale', from: csv }, content, today), { code: 'csv-header-invalid', file: shown('scale.csv'), line: 1, column: 2, where: headerWhere(2), details: { found: '供热面积' } });
    writeFileSync(csv, 'city,area\n朔州,12,3\n');
    expectEditorError(() => newDataset({ id: 'scale', from: csv }, content, today), { code: 'csv-row-too-many-cells', file: shown('scale.csv'), line: 2, details: { cells: 3, columns: ['city', 'area'] } });
    writeFileSync(csv, 'city,note\n朔州,<b>好</b>\n');
    expectEditorError(() => newDataset({ id: 'scale', from: csv }, content, today), { code: 'cell-html', file: shown('scale.csv'), line: 2, column: 2, where: cellWhere({ name: 'note' }, 2), details: { found: '<b>好</b>' } });
    expect(existsSync(path.join(content, 'data/scale.yaml'))).toBe(false);
  });
});
