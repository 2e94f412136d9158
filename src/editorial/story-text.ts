import { parse as parseYaml } from 'yaml';
import { aliasesOf, boundProps } from '../mdx/data-aliases.ts';

/**
 * The words of a story as readers read them, pulled out of its MDX source: the prose (without markup or
 * charts, with each inline figure rendered as the page shows it) and the short texts around it (headline,
 * dek, chart titles and captions, update notes). Used by the editorial checks: prose length, the copy rule
 * against the source reports, and the rule on time words (src/editorial/story-check.ts).
 */
export interface StoryText {
  /** Body paragraphs, headings and list items, markup removed; `<Num>`, `:num[…]` and `<Period>` as the reader sees them. */
  prose: string[];
  /** Headline, dek, update notes, and every quoted text in a component's props (titles, captions, labels). */
  fields: string[];
  /** Headline and dek, on their own: where a story names the period it reports. */
  headline: string;
  dek: string;
  /** `story` or `brief` (frontmatter `kind`). */
  kind: 'story' | 'brief';
  /** Frontmatter `draft: true`: not published, so not held to the rules yet. */
  draft: boolean;
  /** Names of the components the story places as blocks (charts, tables), in order; inline figures not included. */
  components: string[];
}

/** Renders an inline component (`<Num>`, `<Period>`) from its props as the page shows it. */
export type InlineRenderer = (name: string, props: Record<string, string>) => string;

/** Without content to read figures from, inline figures count as nothing (the prose length rule's reading). */
const dropInline: InlineRenderer = () => '';

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
/** Inline components: a figure or a period in running text. Their attributes never hold `>`. */
export const inlineComponents = ['Num', 'Period'] as const;
const inlinePattern = /<(Num|Period)\b([^>]*)\/>/g;
/** A bound figure written as a directive, `:num[cap.chp_plants]` (src/mdx/directives.ts), not escaped as `\:num`. */
const figureDirectivePattern = /(?<!\\):num\[([^\]\n]*)\]/g;
/** Any other component: `<Name … />`, attributes possibly over several lines. */
const componentPattern = /<[A-Z]\w*\b[\s\S]*?\/>/g;
const quotedPattern = /"([^"]*)"|'([^']*)'/g;
const attributePattern = /(\w+)="([^"]*)"/g;

/**
 * `file` names the story in a mistake of a short-form figure (`<Num d="…">` or `:num[…]`, src/mdx/data-aliases.ts,
 * src/mdx/directives.ts), which is read with the aliases of the frontmatter's `data` as the MDX plugin reads it.
 */
export function storyText(mdx: string, renderInline: InlineRenderer = dropInline, file = '（报道）'): StoryText {
  const match = frontmatterPattern.exec(mdx);
  const fields: string[] = [];
  let headline = '';
  let dek = '';
  let kind: StoryText['kind'] = 'story';
  let draft = false;
  let aliases = new Map<string, string>();
  if (match) {
    const data = (parseYaml(match[1]!) ?? {}) as { title?: unknown; dek?: unknown; kind?: unknown; draft?: unknown; updates?: { note?: unknown }[] };
    aliases = aliasesOf(data);
    draft = data.draft === true;
    if (typeof data.title === 'string') headline = data.title;
    if (typeof data.dek === 'string') dek = data.dek;
    if (data.kind === 'brief') kind = 'brief';
    for (const value of [data.title, data.dek, ...(data.updates ?? []).map((u) => u?.note)]) if (typeof value === 'string') fields.push(value);
  }
  let body = match ? mdx.slice(match[0].length) : mdx;
  body = body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(inlinePattern, (_, name: string, attributes: string) => {
      const props: Record<string, string> = Object.fromEntries([...attributes.matchAll(attributePattern)].map(([, key, value]) => [key!, value!]));
      return renderInline(name, { ...props, ...boundProps(name, props, aliases, { file }) });
    })
    .replace(figureDirectivePattern, (_, d: string) => renderInline('Num', { d, ...boundProps('Num', { d }, aliases, { file }) }))
    // `\:` is a colon the editor wrote as such (not a directive): the reader sees the colon.
    .replace(/\\:/g, ':');
  const components: string[] = [];
  body = body.replace(componentPattern, (component) => {
    components.push(/^<(\w+)/.exec(component)![1]!);
    for (const [, double, single] of component.matchAll(quotedPattern)) {
      const text = double ?? single ?? '';
      if (/[^\x00-\x7f]/.test(text)) fields.push(text);
    }
    return '\n\n';
  });
  const prose = body
    .split(/\r?\n/)
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        .replace(/^\s*(?:[-*+]|\d+\.)\s+/, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\*\*|__|`/g, '')
        .trim(),
    )
    .filter((line) => line.length > 0);
  return { prose, fields, headline, dek, kind, draft, components };
}

/** Characters of prose as a Chinese editor counts them: every non-space character, punctuation included. */
export function proseLength(text: StoryText): number {
  return text.prose.reduce((sum, line) => sum + line.replace(/\s/g, '').length, 0);
}

/** The first paragraph of the body (headings skipped). */
export function firstParagraph(text: StoryText, mdx: string): string {
  const headings = new Set(
    mdx
      .split(/\r?\n/)
      .filter((line) => /^\s{0,3}#{1,6}\s+/.test(line))
      .map((line) => line.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/\*\*|__|`/g, '').trim()),
  );
  return text.prose.find((line) => !headings.has(line)) ?? '';
}
