import { parse as parseYaml } from 'yaml';

/**
 * The words of a story as readers read them, pulled out of its MDX source: the prose (without markup, figures
 * or charts) and the short texts around it (headline, dek, chart titles and captions, update notes). Used by
 * the editorial checks: prose length and the rule against copying the source reports' sentences.
 */
export interface StoryText {
  /** Body paragraphs, headings and list items, markup removed; `<Num>` figures dropped in place. */
  prose: string[];
  /** Headline, dek, update notes, and every quoted text in a component's props (titles, captions, labels). */
  fields: string[];
  /** Names of the components the story places as blocks (charts, tables), in order; `<Num>` not included. */
  components: string[];
}

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
/** `<Num … />`: an inline figure. Its attributes never hold `>`. */
const numPattern = /<Num\b[^>]*\/>/g;
/** Any other component: `<Name … />`, attributes possibly over several lines. */
const componentPattern = /<[A-Z]\w*\b[\s\S]*?\/>/g;
const quotedPattern = /"([^"]*)"|'([^']*)'/g;

export function storyText(mdx: string): StoryText {
  const match = frontmatterPattern.exec(mdx);
  const fields: string[] = [];
  if (match) {
    const data = (parseYaml(match[1]!) ?? {}) as { title?: unknown; dek?: unknown; updates?: { note?: unknown }[] };
    for (const value of [data.title, data.dek, ...(data.updates ?? []).map((u) => u?.note)]) if (typeof value === 'string') fields.push(value);
  }
  let body = match ? mdx.slice(match[0].length) : mdx;
  body = body.replace(/\{\/\*[\s\S]*?\*\/\}/g, '').replace(numPattern, '');
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
  return { prose, fields, components };
}

/** Characters of prose as a Chinese editor counts them: every non-space character, punctuation included. */
export function proseLength(text: StoryText): number {
  return text.prose.reduce((sum, line) => sum + line.replace(/\s/g, '').length, 0);
}
