import { editorError } from '../errors/messages.ts';
import type { Correction } from '../schemas/correction.ts';

/** Each correction names a story and a dataset that exist: a correction pointing nowhere would be lost. */
export function checkCorrectionTargets(corrections: readonly Correction[], known: { stories: ReadonlySet<string>; datasets: ReadonlySet<string> }): void {
  corrections.forEach((correction, index) => {
    const at = (key: string) => ({ file: 'content/corrections.yaml', where: `第${index + 1}条更正（${correction.id}）的 ${key}` });
    if (correction.story !== undefined && !known.stories.has(correction.story)) {
      throw editorError('story-unknown', at('story'), { found: correction.story, known: [...known.stories] });
    }
    if (correction.dataset !== undefined && !known.datasets.has(correction.dataset)) {
      throw editorError('dataset-unknown', at('dataset'), { found: correction.dataset, known: [...known.datasets].sort() });
    }
  });
}
