import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorErrorOf } from '../support/editor-errors.ts';
import { checkContent, formatContentCheck, type ContentCheck } from '../../src/check/content.ts';
import { EditorError } from '../../src/errors/editor-error.ts';
import { loadAllDatasets } from '../../src/data/load-all.ts';
import { editorError } from '../../src/errors/messages.ts';
import { cellWhere, fieldWhere, propWhere } from '../../src/errors/where.ts';
import { editorComponents } from '../../src/mdx/components.ts';
import { chartCases, datasetFieldsEmpty, fixturesDir, layOutFixture, mistakeCases, raised, validFixtures, type At } from '../support/fixture-sites.ts';

/**
 * `npm run check:content` (src/check/content.ts) against the build's expectations. Every fixture site of
 * test/fixtures/ is laid out as the fixture test lays it out and checked in-process: a valid one reports
 * nothing; a mistake reports exactly the line test/fixtures/editor-mistakes.test.ts expects the build to
 * print, with its code, file, line, column and details, and nothing else (where a mistake leaves other,
 * independent mistakes in the tree, they are stated too). The fixture test builds only a sample of the mistakes
 * with Astro, to prove that the build stops with the same line at every stage; this file covers all of them.
 */

const root = path.resolve(import.meta.dirname, '../..');
/** Not the fixture test's folders (test/.output/fixture-*): the two run side by side under `npm test`. */
const contentOf = (name: string) => path.join(root, 'test/.output', `check-${name}`, 'content');
const atOf = (name: string): At => (file) => path.relative(root, path.join(contentOf(name), file)).split(path.sep).join('/');

function check(name: string): ContentCheck {
  layOutFixture(name, contentOf(name));
  return checkContent(contentOf(name));
}

/** What an error is, as the tests compare it: its code and location, its details and the line the editor reads. */
const facts = (error: Error) =>
  error instanceof EditorError
    ? { code: error.code, file: error.parts.file, line: error.parts.line, column: error.parts.column, details: error.details, message: error.message }
    : { message: error.message };

/**
 * Mistakes whose tree holds other mistakes of its own, found by other checks the build never reaches: with two
 * rows keyed 朔州, the story's <Num row="朔州"> and the bar chart labelled by city fail too. The build stops at
 * the first, which is the fixture's.
 */
const alsoReported: Record<string, (at: At) => EditorError[]> = {
  // Every field npm run new-dataset left empty, each at its line, where the build names the first.
  'dataset-fields-empty': (at) => datasetFieldsEmpty.slice(1).map((m) => raised(at, m)),
  'ambiguous-row-key': (at) => [
    editorError('row-ambiguous', { file: at('stories/prices.mdx'), line: 11, column: 9, where: propWhere('Num', 'row') }, { found: '朔州', dataset: 'prices', key: 'city', count: 2, file: at('data/prices.csv') }),
    editorError('prop-label-not-distinct', { file: at('stories/prices.mdx'), line: 13, column: 1, where: propWhere('BarChart', 'label') }, { found: 'city', duplicate: '朔州' }),
  ],
};

describe('check:content on the real content', () => {
  it('reports nothing, having checked every dataset, story and component', () => {
    const result = checkContent(path.join(root, 'content'));
    expect(formatContentCheck(result)).toEqual([]);
    const datasets = new Set(readdirSync(path.join(root, 'content/data')).map((file) => file.replace(/\.(csv|ya?ml)$/, '')));
    expect(result.checked.datasets).toBe(datasets.size);
    expect(result.checked.stories).toBe(readdirSync(path.join(root, 'content/stories')).filter((file) => file.endsWith('.mdx')).length);
    expect(result.checked.components).toBeGreaterThan(100);
  });
});

describe('check:content reports, for every fixture site, what the build reports', () => {
  it('knows every fixture: each folder of test/fixtures/ is valid, a catalogue mistake or a chart-prop mistake', () => {
    const folders = readdirSync(fixturesDir).filter((name) => statSync(path.join(fixturesDir, name)).isDirectory());
    const known = [...validFixtures, ...mistakeCases.map(([name]) => name), ...chartCases.map(([name]) => name)];
    expect([...folders].sort()).toEqual([...known].sort());
  });

  for (const name of validFixtures) {
    it(`${name}: valid, nothing reported`, () => {
      const result = check(name);
      expect(formatContentCheck(result)).toEqual([]);
      expect(result.checked.components).toBeGreaterThan(0);
    });
  }

  for (const [name, what, expected] of mistakeCases) {
    it(`${name}: ${what}`, () => {
      const at = atOf(name);
      const error = raised(at, expected(at));
      const { errors } = check(name);
      expect(errors.map(facts)).toEqual([facts(error), ...(alsoReported[name]?.(at) ?? []).map(facts)]);
    });
  }

  for (const [name, message] of chartCases) {
    it(`${name}: a chart-prop mistake, worded in src/charts/`, () => {
      const { errors } = check(name);
      expect(errors.map((error) => [error instanceof EditorError ? error.code : 'not an EditorError', error.message])).toEqual([[undefined, message(atOf(name))]]);
    });
  }
});

describe('check:content reports every mistake at once, and what reads a broken file once', () => {
  /** A tree with seven mistakes in five kinds of file, laid over the computed-dataset fixture. */
  const name = 'several-mistakes';
  const content = contentOf(name);
  const at = atOf(name);
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(content, file)), { recursive: true });
    writeFileSync(path.join(content, file), text);
  };
  const story = (title: string, frontmatter: string, body: string) =>
    `---\ntitle: ${title}\ndek: 用于测试同时报告多处错误的报道。\ndate: 2026-11-23\nseason: 2022-2023\nplaces: [shuozhou]\ntags: [价格]\n${frontmatter}---\n\n${body}\n`;

  function severalMistakes(): ContentCheck {
    rmSync(path.dirname(content), { recursive: true, force: true });
    layOutFixture('computed-dataset', content);
    // prices.csv: a letter in a price. quotes' check reads prices; inconsistencies reads quotes' checks.
    write('data/prices.csv', 'city,residential,months\n大同,3.52,5.5\n朔州,2.5x,6\n');
    write('data/scale.xlsx', 'not a dataset');
    write('stories/second.mdx', story('第二篇测试报道', 'sources: [test-report]\n', '<Barchrat dataset="quotes" />'));
    write('stories/third.mdx', story('第三篇测试报道', 'sources: [test-reprot]\n', '面积是<Num dataset="quotes" row="area" column="value" />，缴费是<Num dataset="quotes" row="fee" column="value" />。'));
    write('corrections.yaml', '- date: 2026-11-24\n  story: nope\n  dataset: inconsistencies\n  what: 更正一处数字，改正了它的出处说明。\n');
    return checkContent(content);
  }

  it('reports each independent mistake, in the order the build meets them, each as the build words it', () => {
    const { errors } = severalMistakes();
    const stories = ['prices', 'second', 'third'];
    expect(errors.map(facts)).toEqual(
      [
        editorError('data-stray-file', { file: at('data/scale.xlsx') }, { found: 'scale.xlsx', dir: at('data') }),
        editorError('cell-not-a-number', { file: at('data/prices.csv'), line: 3, column: 2, where: cellWhere({ name: 'residential', unit: '元/平方米·月' }, 2) }, { found: '2.5x', type: 'number', unit: '元/平方米·月' }),
        editorError('source-unknown', { file: at('stories/third.mdx'), line: 8, where: fieldWhere(['sources'], 'frontmatter ') }, { found: 'test-reprot', known: ['test-report'] }),
        editorError('component-unknown', { file: at('stories/second.mdx'), line: 11, column: 1 }, { found: '<Barchrat>', components: editorComponents }),
        editorError('row-unknown', { file: at('stories/third.mdx'), line: 11, column: 58, where: propWhere('Num', 'row') }, { found: 'fee', dataset: 'quotes', key: 'measure', rows: ['area', 'bill'] }),
        editorError('story-unknown', { file: 'content/corrections.yaml', where: '第1条更正（2026-11-24-1）的 story' }, { found: 'nope', known: stories }),
      ].map(facts),
    );
  });

  it('leaves out what reads a dataset that failed, and says so, instead of reporting it unknown', () => {
    const { skipped } = severalMistakes();
    expect(skipped).toEqual([
      { what: `${at('data/quotes.yaml')} 的 checks`, because: '它读的数据集“prices”有错' },
      { what: `${at('data/inconsistencies.yaml')}（计算所得的数据集）`, because: '它读的数据集“quotes”有错' },
      { what: `${at('stories/prices.mdx')}:11:69 <Num>`, because: '它读的数据集“inconsistencies”有错' },
      { what: `${at('stories/prices.mdx')}:11:143 <Num>`, because: '它读的数据集“inconsistencies”有错' },
      { what: `${at('stories/second.mdx')} 的组件`, because: '这篇报道的 MDX 有错' },
    ]);
    expect(formatContentCheck(severalMistakes()).at(-1)).toBe(
      ['这次没有检查以下内容（改正上面的错误后再运行一次）：', ...skipped.map(({ what, because }) => `  ${what}：${because}`)].join('\n'),
    );
  });

  it('with places.yaml broken, checks what does not read the registries: files, and each story’s MDX', () => {
    rmSync(path.dirname(content), { recursive: true, force: true });
    layOutFixture('duplicate-place-id', content);
    write('stories/second.mdx', story('第二篇测试报道', 'sources: [test-report]\n', '<script>alert(1)</script>'));
    write('stories/notes.txt', 'not a story');
    const { errors, skipped } = checkContent(content);
    expect(errors.map((error) => (error as EditorError).code)).toEqual(['id-duplicate', 'story-not-mdx', 'story-html-tag']);
    expect(skipped).toEqual([
      { what: `${at('data')}/ 的数据集`, because: `${at('places.yaml')} 有错` },
      { what: `${at('stories')}/ 各篇的 frontmatter 和组件`, because: `${at('places.yaml')} 有错` },
    ]);
  });
});

describe('computed datasets that wait on each other', () => {
  it('a computed dataset reading one that reads an unknown id: the build names the unknown id, check:content sets the first aside', () => {
    const name = 'computed-chain';
    const content = contentOf(name);
    layOutFixture('computed-unknown-input', content);
    // Sorted first, it reads season-cost, which reads the unknown "price": not a cycle.
    writeFileSync(
      path.join(content, 'data/a-ratio.yaml'),
      'title: 测试用费用之比\ndescription: 用于测试的计算数据集。\nsubject: prices\nplaces: [shuozhou]\nperiod: 2022\nupdated: 2026-11-23\nformula: ratio\nfrom: season-cost\nrows:\n  - key: a\n    label: 比值\n    numerator: { row: 朔州, column: cost }\n    denominator: { row: 大同, column: cost }\n    unit: 倍\n',
    );
    const at = atOf(name);
    const unknown = editorError('dataset-unknown', { file: at('data/season-cost.yaml'), line: 9, where: fieldWhere(['prices']) }, { found: 'price', known: ['prices'] });
    expect(editorErrorOf(() => loadAllDatasets(content)).message).toBe(unknown.message);
    const { errors, skipped } = checkContent(content);
    expect(errors.map((error) => error.message)).toEqual([unknown.message]);
    expect(skipped).toEqual([{ what: `${at('data/a-ratio.yaml')}（计算所得的数据集）`, because: '它读的数据集“season-cost”有错' }]);
  });
});
