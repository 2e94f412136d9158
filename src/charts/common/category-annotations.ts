import type { Annotation } from './annotations.ts';
import { propError, type SourceLocation } from '../../data/props.ts';

/**
 * Charts whose rows are categories (grouped bars, progress, dumbbells) have a value axis across and names down:
 * an annotation is a reference line at a value (x), or a note at a value in one category's row (x and y, y
 * naming the category as drawn). A horizontal line (y alone) or an unknown name would be drawn nowhere.
 */
export function requireCategoryNotes(at: SourceLocation, component: string, annotations: readonly Annotation[], categories: readonly string[]): void {
  annotations.forEach((annotation, index) => {
    if (annotation.y === undefined) return;
    if (annotation.x === undefined) {
      propError(at, component, `annotations[${index}]`, `y: ${annotation.y}`, '数值轴上的参考线 { x, label }，或某一行上的注释 { x, y, label }', '这种图只有横向的数值轴：参考线写 x；要注在某一行上，再加 y 写这一行的名字。');
    }
    if (!categories.includes(String(annotation.y))) {
      propError(at, component, `annotations[${index}].y`, annotation.y, `图中某一行的名字：${categories.join('、')}`, '照图中的写法填写名字。');
    }
  });
}
