import type { Annotation } from './annotations.ts';
import { editorError } from '../../errors/messages.ts';
import { propAt, type SourceLocation } from '../../data/props.ts';

/**
 * Charts whose rows are categories (grouped bars, progress, dumbbells) have a value axis across and names down:
 * an annotation is a reference line at a value (x), or a note at a value in one category's row (x and y, y
 * naming the category as drawn). A horizontal line (y alone) or an unknown name would be drawn nowhere.
 */
export function requireCategoryNotes(at: SourceLocation, component: string, annotations: readonly Annotation[], categories: readonly string[]): void {
  annotations.forEach((annotation, index) => {
    if (annotation.y === undefined) return;
    if (annotation.x === undefined) throw editorError('annotation-horizontal-line', propAt(at, component, `annotations[${index}]`), { y: String(annotation.y) });
    if (!categories.includes(String(annotation.y))) {
      throw editorError('annotation-row-unknown', propAt(at, component, `annotations[${index}].y`), { found: String(annotation.y), rows: categories });
    }
  });
}
