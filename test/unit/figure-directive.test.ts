import path from 'node:path';
import { markdownToHtml, mdxToJs, type MarkdownToHtmlResult, type MdxToJsResult } from 'satteri';
import { describe, expect, it } from 'vitest';
import { storyElements } from '../../src/check/mdx.ts';
import { storyText } from '../../src/editorial/story-text.ts';
import { propWhere } from '../../src/errors/where.ts';
import { figureDirectiveRef, fullWidthFigure, isColonText } from '../../src/mdx/directives.ts';
import { storyFeatures, storyPlugins } from '../../src/mdx/plugins.ts';
import { storyMarkup } from '../../src/mdx/story-markup.ts';
import { root } from '../support/build.ts';
import { expectEditorError } from '../support/editor-errors.ts';

/** The bound figure as a directive, `:num[alias.row[.column]]` (src/mdx/directives.ts), and the directives a story may not use. */

const file = 'content/stories/x.mdx';
const frontmatter = '---\ntitle: 标题\ndata: { cap: shuozhou-heat-capacity-2022 }\n---\n';
/** Lines of the body start at 5, after the four of the frontmatter. */
const elements = (body: string) => storyElements(path.join(root, file), `${frontmatter}${body}\n`);
const directives = [':num[别名.行键]', ':num[别名.行键.列名]'];

describe(':num[…] read from its source', () => {
  it('takes the brackets\' characters as d, as written', () => {
    expect(figureDirectiveRef(':num[cap.chp_plants]')).toEqual({ d: 'cap.chp_plants' });
    expect(figureDirectiveRef(':num[plants.神头二电厂.units]')).toEqual({ d: 'plants.神头二电厂.units' });
    expect(figureDirectiveRef(':num[]')).toEqual({ d: '' });
  });

  it('refuses a :num with no brackets, or with {…} after them', () => {
    expect(figureDirectiveRef(':num')).toEqual({ mistake: 'no-label' });
    expect(figureDirectiveRef(':num[cap.chp_plants]{column=percent}')).toEqual({ mistake: 'attributes' });
  });

  it('knows a colon before digits for text, and finds a figure typed with a full-width colon', () => {
    for (const name of ['00', '2', '4321', '47Z']) expect(isColonText(name), name).toBe(true);
    for (const name of ['num', 'this', '下午']) expect(isColonText(name), name).toBe(false);
    expect(fullWidthFigure('面积达到：num[cap.chp_plants]。')).toEqual({ index: 4, found: '：num[' });
    expect(fullWidthFigure('面积达到：num【cap.chp_plants】。')).toEqual({ index: 4, found: '：num【' });
    expect(fullWidthFigure('时间：下午，数字：12。')).toBeUndefined();
  });
});

describe(':num[…] is <Num d="…" />', () => {
  it('compiles to the very code the element compiles to: same component, same props, same place', () => {
    // Plugins that do not await give the result at once, as src/check/mdx.ts relies on.
    const compile = (body: string) =>
      (mdxToJs(`${frontmatter}${body}\n`, {
        mdastPlugins: [...storyPlugins],
        fileURL: new URL(`file://${path.join(root, file)}`),
        features: { gfm: true, smartPunctuation: true, ...storyFeatures },
        data: { astro: { frontmatter: { title: '标题', data: { cap: 'shuozhou-heat-capacity-2022' } }, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
      }) as MdxToJsResult).code;
    // Each figure at the start of its line: the same column either way.
    const directive = compile('全市热电联产供热面积\n:num[cap.chp_plants]，占\n:num[cap.chp_plants.percent]。');
    expect(directive).toBe(compile('全市热电联产供热面积\n<Num d="cap.chp_plants" />，占\n<Num d="cap.chp_plants.percent" />。'));
    expect(directive).toContain('_jsx(Num, {');
  });

  it('sits in a Chinese sentence with no spaces around it; check:content sees the element with its place', () => {
    expect(elements('全市热电联产:num[cap.chp_plants]座，占:num[cap.chp_plants.percent]。').map((element) => element.props)).toEqual([
      { d: 'cap.chp_plants', dataset: 'shuozhou-heat-capacity-2022', row: 'chp_plants', __source: `${file}:5:7` },
      { d: 'cap.chp_plants.percent', dataset: 'shuozhou-heat-capacity-2022', row: 'chp_plants', column: 'percent', __source: `${file}:5:30` },
    ]);
  });

  it('fails as <Num d="…"> fails, at the directive\'s line and column', () => {
    const at = { file, line: 6, column: 4, where: propWhere('Num', 'd') };
    expectEditorError(() => elements('第一行。\n面积是:num[capp.chp_plants]。'), { ...at, code: 'figure-alias-unknown', details: { found: 'capp', aliases: ['cap'] } });
    expectEditorError(() => elements('第一行。\n面积是:num[cap。chp_plants]。'), { ...at, code: 'figure-ref-malformed', details: { found: 'cap。chp_plants' } });
    expectEditorError(() => elements('第一行。\n面积是:num[]。'), { ...at, code: 'figure-ref-malformed', details: { found: '' } });
  });

  it('refuses a :num written otherwise: no brackets, full-width brackets or colon, {…} after it', () => {
    const at = { file, line: 5, column: 4, where: '正文的 :num' };
    expectEditorError(() => elements('面积是:num。'), { ...at, code: 'figure-directive-malformed', details: { found: ':num', mistake: 'no-label' } });
    expectEditorError(() => elements('面积是:num【cap.chp_plants】。'), { ...at, code: 'figure-directive-malformed', details: { found: ':num【cap.chp_plants】', mistake: 'full-width' } });
    expectEditorError(() => elements('第一行，\n面积是：num[cap.chp_plants]。'), { ...at, line: 6, code: 'figure-directive-malformed', details: { found: '：num[cap.chp_plants]', mistake: 'full-width' } });
    expectEditorError(() => elements('面积是:num[cap.chp_plants]{column=percent}。'), { ...at, code: 'figure-directive-malformed', details: { found: ':num[cap.chp_plants]{column=percent}', mistake: 'attributes' } });
  });

  it('check:stories reads the directive as the figure it stands for, and \\: as a colon', () => {
    const seen: Record<string, string>[] = [];
    const text = storyText(`${frontmatter}\n面积:num[cap.chp_plants]，比例\\:num 不是数字，a\\:b。\n`, (name, props) => (seen.push({ name, ...props }), '〔数〕'));
    expect(seen).toEqual([{ name: 'Num', d: 'cap.chp_plants', dataset: 'shuozhou-heat-capacity-2022', row: 'chp_plants' }]);
    expect(text.prose).toEqual(['面积〔数〕，比例:num 不是数字，a:b。']);
  });
});

describe('directives the desk does not define', () => {
  it('refuses a text, leaf or container directive at its line, naming the fix', () => {
    expectEditorError(() => elements('Note:this 一句。'), { code: 'directive-unknown', file, line: 5, column: 5, where: '正文的指令', details: { found: ':this', name: 'this', kind: 'text', directives } });
    expectEditorError(() => elements('缴费截止时间:下午五点。'), { code: 'directive-unknown', file, line: 5, column: 7, details: { found: ':下午五点', name: '下午五点', kind: 'text', directives } });
    expectEditorError(() => elements('面积是:Num[cap.chp_plants]。'), { code: 'directive-unknown', file, line: 5, column: 4, details: { found: ':Num[cap.chp_plants]', name: 'Num', kind: 'text', directives } });
    expectEditorError(() => elements('第一段。\n\n::note[提示]'), { code: 'directive-unknown', file, line: 7, column: 1, where: '正文的指令（一行开头的 ::，叶指令）', details: { found: '::note[提示]', name: 'note', kind: 'leaf', directives } });
    expectEditorError(() => elements(':::note\n提示\n:::'), { code: 'directive-unknown', file, line: 5, column: 1, where: '正文的指令（:::，容器指令）', details: { found: ':::note', name: 'note', kind: 'container', directives } });
  });

  it('leaves what a colon meant before directives as it was: times, ratios, ports, URLs, escaped colons, emoji codes', () => {
    const prose = [
      '供热时间8:00至22:00，12:30:45 记录一次。',
      '比例1:2，2026-01-29T07:13:47Z 的读数。',
      '见 http://localhost:4321/data/ 和 https://example.org/a:b?c=d:e。',
      '见 [邮件](mailto:desk@example.org) 和 https://example.org:8443/x:y。',
      '写作 a\\:b、\\:num[cap.chp_plants]，IPv6 的 ::1，:smile: 不是指令。',
      '“8:00”开始，“比例 3:1”。',
    ].join('\n\n');
    const html = (directive: boolean) =>
      (markdownToHtml(prose, { mdastPlugins: directive ? [storyMarkup] : [], features: { gfm: true, smartPunctuation: true, directive } }) as MarkdownToHtmlResult).html;
    expect(html(true)).toBe(html(false));
    expect(html(true)).toContain('8:00至22:00，12:30:45');
    expect(elements(prose)).toEqual([]);
  });
});
