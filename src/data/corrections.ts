import { EditorError } from '../errors/editor-error.ts';
import type { Correction } from '../schemas/correction.ts';

/** Each correction names a story and a dataset that exist: a correction pointing nowhere would be lost. */
export function checkCorrectionTargets(corrections: readonly Correction[], known: { stories: ReadonlySet<string>; datasets: ReadonlySet<string> }): void {
  corrections.forEach((correction, index) => {
    const fail = (key: string, found: string, expected: string): never => {
      throw new EditorError({ file: 'content/corrections.yaml', where: `第${index + 1}条更正（${correction.id}）的 ${key}`, found, expected, fix: '改成已有的 id；报道用 content/stories/ 里的文件名（不含 .mdx），数据集用 content/data/ 里的文件名。' });
    };
    if (correction.story !== undefined && !known.stories.has(correction.story)) fail('story', correction.story, '一篇已有报道的文件名');
    if (correction.dataset !== undefined && !known.datasets.has(correction.dataset)) fail('dataset', correction.dataset, '一个已有数据集的 id');
  });
}

/** The corrections of one story, newest first: for its 更新记录. */
export function correctionsOf(corrections: readonly Correction[], story: string): Correction[] {
  return corrections.filter((c) => c.story === story).reverse();
}
