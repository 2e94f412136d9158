import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { mdxToJs, type MdastPluginDefinition } from 'satteri';
import { displayPath } from '../data/content-dir.ts';
import { EditorError } from '../errors/editor-error.ts';
import { storyFeatures, storyPlugins } from '../mdx/plugins.ts';
import { parseLiteral } from '../mdx/story-markup.ts';

/** An editor component of a story as the compiled MDX hands it to its Astro component: its name and props. */
export interface StoryElement {
  /** After src/mdx/source-location.ts: `Chart` (with `__chart`) for a chart type, else the component's name. */
  name: string;
  /** The props, `__source` included: strings as written, `{…}` as the data they are, a bare name as true. */
  props: Record<string, unknown>;
}

/**
 * Where the MDX parser (satteri) stopped before any plugin ran: an unclosed tag, a `{…}` that is not
 * JavaScript. Not a catalogue entry: the build prints satteri's words, and so does check:content, after the file.
 */
export class MdxSyntaxError extends Error {
  /** `frontmatter`: Astro's own YAML reader (js-yaml) refused the frontmatter before the MDX was parsed. */
  readonly stage: 'frontmatter' | 'mdx';

  constructor(file: string, reason: string, stage: 'frontmatter' | 'mdx') {
    super(/^\d+:\d+:/.test(reason) ? `${file}:${reason}` : `${file} ${reason}`);
    this.name = 'MdxSyntaxError';
    this.stage = stage;
  }
}

/**
 * The features @astrojs/markdown-satteri turns on for MDX with this site's config (astro.config.mjs sets
 * neither `markdown.gfm` nor `markdown.smartypants`, which both default to on), and the story's own
 * (`storyFeatures`: directives) that astro.config.mjs passes to satteri.
 */
const features = { gfm: true, smartPunctuation: true, ...storyFeatures };

type Attribute = { type: string; name?: string; value?: string | { type: string; value: string } | null };
type JsxNode = { name: string | null; attributes: readonly Attribute[] };

/**
 * Compiles one story's MDX as the build does: the body as @astrojs/mdx hands it over (the frontmatter blanked
 * out, so lines and columns stay), through satteri with the site's own mdast plugins (src/mdx/plugins.ts), whose
 * checks throw their EditorError. Returns every element as its component receives it, `__source` added by the
 * plugin itself. A syntax error satteri reports is an MdxSyntaxError.
 */
export function storyElements(file: string, text: string): StoryElement[] {
  const elements: StoryElement[] = [];
  const collect = (node: JsxNode) => {
    if (node.name) elements.push({ name: node.name, props: propsOf(node) });
  };
  const collector = {
    name: 'hsd-check-content-elements',
    mdxJsxFlowElement: (node: unknown) => collect(node as JsxNode),
    mdxJsxTextElement: (node: unknown) => collect(node as JsxNode),
  } as unknown as MdastPluginDefinition;
  let content: string;
  let frontmatter: Record<string, unknown>;
  try {
    ({ content, frontmatter } = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }));
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    throw new MdxSyntaxError(displayPath(file), error.message.split('\n')[0]!, 'frontmatter');
  }
  try {
    // The frontmatter as @astrojs/mdx hands it to the plugins: source-location.ts reads the story's aliases from it.
    mdxToJs(content, { mdastPlugins: [...storyPlugins, collector], fileURL: pathToFileURL(file), features, data: { astro: { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } } });
  } catch (error) {
    if (error instanceof EditorError || !(error instanceof Error)) throw error;
    throw new MdxSyntaxError(displayPath(file), error.message, 'mdx');
  }
  return elements;
}

/** An element's props as the compiled JSX gives them: what src/mdx/story-markup.ts lets through is plain data. */
function propsOf(node: JsxNode): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) continue;
    const { value } = attribute;
    props[attribute.name] = value === null || value === undefined ? true : typeof value === 'string' ? value : parseLiteral(value.value);
  }
  return props;
}
