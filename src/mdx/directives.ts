/**
 * Directives in a story (the generic directive syntax `:name[label]{attributes}`, parsed by satteri with the
 * `directive` feature, src/mdx/plugins.ts). The desk defines one, the bound figure in running text:
 *
 *   全市热电联产供热面积:num[cap.chp_plants]，占:num[cap.chp_plants.percent]。
 *
 * `:num[alias.row]` and `:num[alias.row.column]` are `<Num d="alias.row" />` and `<Num d="alias.row.column" />`
 * (src/mdx/data-aliases.ts): the MDX plugin (source-location.ts) turns the directive into that element, at the
 * directive's place, so it resolves, renders and fails exactly as the element does. It needs no space around it,
 * as a Chinese sentence has none.
 *
 * Any other directive is a mistake (story-markup.ts): a text directive `:name`, a leaf `::name` at the start of a
 * line, a container `:::name`. The parser reads every colon followed by a letter as one (`Note:this`,
 * `时间:下午`); to write the colon itself an editor writes `\:` (or the full-width `：` of Chinese prose). A colon
 * followed by a digit (8:00, 1:2, a port as in localhost:4321) is text, as the colon-and-digits were before
 * directives were parsed: the parser (like remark-directive 4) takes `:00` for a directive named `00`, and
 * story-markup.ts puts the characters back as they were written.
 */

/** The directives the desk defines, by name, as the messages list them. */
export const storyDirectives = [':num[别名.行键]', ':num[别名.行键.列名]'] as const;

/** The name of the bound figure's directive. */
export const figureDirective = 'num';

/** A directive's kind as written: `:` text, `::` leaf, `:::` container. */
export type DirectiveKind = 'text' | 'leaf' | 'container';

/** Whether a directive the parser found is text the editor wrote, not a directive: a colon followed by a digit. */
export function isColonText(name: string): boolean {
  return /^[0-9]/.test(name);
}

/** How a `:num` directive is written wrong: with no `[…]`, or with `{…}` after it. */
export type FigureDirectiveMistake = 'no-label' | 'attributes' | 'full-width';

/**
 * The `d` a `:num[…]` directive stands for, read from its source as written (`:num[cap.chp_plants]` →
 * `cap.chp_plants`): the label's characters as they are, like the characters of `d="…"`. A mistake in the
 * label itself (`cap。chp_plants`, an empty `[]`) is the `d`'s to report, as for `<Num d="…">`.
 */
export function figureDirectiveRef(source: string): { d: string } | { mistake: FigureDirectiveMistake } {
  const match = /^:num(?:\[([^]*)\])?(\{[^]*\})?$/.exec(source);
  if (!match || match[1] === undefined) return { mistake: 'no-label' };
  if (match[2] !== undefined) return { mistake: 'attributes' };
  return { d: match[1] };
}

/**
 * `：num[` or `：num【` in a text: a figure whose colon was typed with the Chinese input method on, which the parser
 * does not read as a directive. The index of the first in the text, and what was written there; undefined if none.
 * (`:num【…】`, the bracket typed so, is a `:num` with no label: figureDirectiveRef's `no-label`.)
 */
export function fullWidthFigure(text: string): { index: number; found: string } | undefined {
  const match = /：num\s*[[【]/.exec(text);
  return match ? { index: match.index, found: match[0] } : undefined;
}
