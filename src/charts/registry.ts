import type { ChartType, EditorProps, GalleryExample } from './chart-type.ts';

/**
 * What the site derives from a list of chart types: the MDX component names, the type a name stands for, the
 * types small multiples can repeat, the benchmark's cases, an example's MDX source and the props tables of
 * docs/CHARTS.md. src/charts/index.ts makes the site's registry from its list; a test makes one with a type
 * of its own, to prove that a new type needs its folder and one line.
 */
export interface Registry {
  types: readonly ChartType[];
  /** The MDX components that are chart types, in the gallery's order. */
  components: readonly string[];
  byComponent: (name: string) => ChartType | undefined;
  /** The types small multiples can repeat (those with `panel`). */
  panelTypes: readonly ChartType[];
  /** Every gallery example of every type, for `npm run bench` to time its build-time model and drawing. */
  benchCases: readonly { name: string; type: ChartType; props: EditorProps }[];
}

export function createRegistry(types: readonly ChartType[]): Registry {
  const names = types.map((type) => type.component);
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  if (repeated) throw new Error(`Two chart types are registered as <${repeated}>.`);
  const byName = new Map(types.map((type) => [type.component, type]));
  return {
    types,
    components: names,
    byComponent: (name) => byName.get(name),
    panelTypes: types.filter((type) => type.panel),
    benchCases: types.flatMap((type) => type.gallery.examples.map((example, index) => ({ name: `${type.component}${index > 0 ? ` #${index + 1}` : ''}`, type, props: example.props }))),
  };
}

/** The MDX an editor writes for a gallery example: `<BarChart dataset="…" label="…" />`. */
export function exampleSource(type: ChartType, example: GalleryExample): string {
  const attributes = Object.entries(example.props).map(([name, value]) => (typeof value === 'string' ? `${name}="${value}"` : `${name}={${literal(value)}}`));
  return `<${type.component} ${attributes.join(' ')} />`;
}

/** A prop value as MDX writes it: plain data, keys bare (src/mdx/story-markup.ts accepts nothing else). */
function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (value && typeof value === 'object') return `{ ${Object.entries(value).map(([key, item]) => `${key}: ${literal(item)}`).join(', ')} }`;
  return JSON.stringify(value);
}

/** The datasets an example draws on (`dataset` props, nested ones included): the gallery shows it only where they exist. */
export function exampleDatasets(example: GalleryExample): string[] {
  const found: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) key === 'dataset' && typeof item === 'string' ? found.push(item) : walk(item);
  };
  walk(example.props);
  return [...new Set(found)];
}

/** A type's props as the Markdown table docs/CHARTS.md shows. */
export function propsTable(type: ChartType): string {
  const required = (value: boolean | string) => (value === true ? '是' : value === false ? '否' : value);
  const names = (name: string) => name.split('、').map((part) => (/^[A-Za-z]/.test(part) ? `\`${part}\`` : part)).join('、');
  return [`| ${type.propsHeading ?? '属性'} | 必填 | 写法 |`, '|---|---|---|', ...type.props.map((prop) => `| ${names(prop.name)} | ${required(prop.required)} | ${prop.text} |`)].join('\n');
}
