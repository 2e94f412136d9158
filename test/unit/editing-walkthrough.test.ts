import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commandOf, editingDoc, missingLine, walkthroughSteps } from '../support/editing-walkthrough.ts';

/**
 * docs/EDITING.md as steps (test/support/editing-walkthrough.ts): what the page asks an editor to run and write.
 * test/fixtures/editor-mistakes.test.ts follows every step in a copy of content/, to the built page.
 */
describe('docs/EDITING.md is a walk-through a test can follow', () => {
  it('from a CSV to a published story: new-dataset, check:content, quotes, new-story, dev, check:stories, build, and the files they write', () => {
    const steps = walkthroughSteps(readFileSync(editingDoc, 'utf8'));
    const commands = steps.flatMap((step) => (step.kind === 'run' ? step.commands.map((command) => commandOf(command).words.slice(0, 3).join(' ')) : []));
    expect([...new Set(commands)]).toEqual(['npm run new-dataset', 'npm run check:content', 'npm run quotes', 'npm run new-story', 'npm run dev', 'npm run check:stories', 'npm run build']);
    expect(steps.flatMap((step) => (step.kind === 'run' ? [] : [[step.kind, step.file]]))).toEqual([
      ['write', '朔州热源.csv'],
      ['write', 'content/data/shuozhou-chp-plants-2022.yaml'],
      ['write', 'content/stories/shuozhou-chp-plants.mdx'],
      ['delete-line', 'content/stories/shuozhou-chp-plants.mdx'],
    ]);
    // The story the page publishes has two charts.
    const story = steps.find((step) => step.kind === 'write' && step.file.endsWith('.mdx'));
    expect(story?.kind === 'write' && story.text.match(/^<(BarChart|DataTable) /gm)).toEqual(['<BarChart ', '<DataTable ']);
  });

  it('reads a command with its settings', () => {
    expect(commandOf('SITE_URL=http://localhost:4321 npm run build')).toEqual({ settings: { SITE_URL: 'http://localhost:4321' }, words: ['npm', 'run', 'build'] });
    expect(commandOf('npm run new-story -- x --title "两个 词"')).toEqual({ settings: {}, words: ['npm', 'run', 'new-story', '--', 'x', '--title', '两个 词'] });
  });

  it('refuses a code block that is no step, so the page stays one a test can follow', () => {
    expect(() => walkthroughSteps('说明：\n\n```yaml\ntitle: x\n```\n')).toThrow(/docs\/EDITING.md:3: a ```yaml block that is no step/);
    expect(() => walkthroughSteps('```text\n内容检查通过\n```\n')).toThrow(/a text block must follow the sh block/);
  });

  it("compares a command's output as the page shows it: in order, … for any lines, a line ending in … by its start", () => {
    const actual = ['第一行', '第二行 有 空白', '内容检查通过：33 个数据集', '最后'];
    expect(missingLine(['第一行', '…', '第二行  有\t空白', '内容检查通过：…'], actual)).toBeUndefined();
    expect(missingLine(['内容检查通过：…', '第一行'], actual)).toBe('第一行');
    expect(missingLine(['没有这一行'], actual)).toBe('没有这一行');
  });
});
