import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { exampleDatasets } from '../charts/registry.ts';
import { checkCorrectionTargets } from '../data/corrections.ts';
import { displayPath } from '../data/content-dir.ts';
import type { Dataset } from '../data/dataset.ts';
import { readAllDatasets, type DatasetsRead } from '../data/load-all.ts';
import { readRegistryFiles, registryOf } from '../data/registry.ts';
import type { SiteContent } from '../data/site.ts';
import { readStoryFiles } from '../data/story-files.ts';
import { EditorError } from '../errors/editor-error.ts';
import { attempt, type Report } from '../errors/report.ts';
import { keyFigureModel, keyFiguresFile } from '../lib/key-figures.ts';
import { pageComponents, pageDatasets } from '../lib/page-datasets.ts';
import { stored } from '../loaders/watch.ts';
import { componentModels, type ChartElementProps } from '../mdx/component-models.ts';
import { MdxSyntaxError, storyElements, type StoryElement } from './mdx.ts';

/**
 * `npm run check:content`: everything the build checks about a content folder, with the build's own
 * validators, without rendering a page, and every mistake at once instead of the first.
 *
 * Each independent unit is checked on its own and its first mistake kept: each registry file, each dataset
 * file, each computed dataset, each dataset's checks, each story's file name and frontmatter, each story's
 * MDX (the markup plugins), each component of each published story, the corrections' targets, each key figure,
 * the pages' own components. What failed is left out of what later checks see; what reads it is not checked
 * (it would only report the same mistake again, as an unknown id) but listed in `skipped`, naming what it
 * waits for. Fixing the mistakes reported may so bring others to light, as a build would, one at a time.
 */
export interface ContentCheck {
  /** The mistakes, in the order the build meets them: each unit's first, as the build prints it (`message`). */
  errors: (EditorError | MdxSyntaxError)[];
  /** What was not checked because what it reads has a mistake above. */
  skipped: Skipped[];
  /** How much was checked. */
  checked: { datasets: number; stories: number; components: number };
}

export interface Skipped {
  /** What was not checked: a file, or a component at its place in a story. */
  what: string;
  /** Why, naming what has the mistake: `它读的数据集“prices”有错`. */
  because: string;
}

export function checkContent(content: string): ContentCheck {
  const errors: ContentCheck['errors'] = [];
  const skipped: Skipped[] = [];
  const report: Report = (error) => void errors.push(error);
  const checked = { datasets: 0, stories: 0, components: 0 };
  const shown = (file: string) => displayPath(path.join(content, file));

  // Registries, then datasets, then stories: the order of the build's loaders and pages.
  const files = readRegistryFiles(content, report);
  const registry = files.places && files.sources ? registryOf(files.places, files.sources, files.corrections ?? []) : undefined;
  const registryFailed = `${shown(files.places ? 'sources.yaml' : 'places.yaml')} 有错`;

  let read: DatasetsRead | undefined;
  if (registry) {
    read = readAllDatasets(content, registry, report);
    checked.datasets = read.datasets.length;
    for (const { file, part, reads } of read.blocked) skipped.push({ what: part === 'dataset' ? `${file}（计算所得的数据集）` : `${file} 的 checks`, because: readsFailed(reads) });
  } else {
    skipped.push({ what: `${shown('data')}/ 的数据集`, because: registryFailed });
  }
  const site: SiteContent | undefined =
    read && registry
      ? {
          datasets: new Map(read.datasets.map((dataset) => [dataset.id, stored(dataset) as Dataset])),
          places: new Map(registry.places.map((place) => [place.id, stored(place)])),
          sources: new Map(registry.sources.map((source) => [source.id, stored(source)])),
        }
      : undefined;
  const failed = read?.failed ?? new Set<string>();

  /** One component built as its page builds it, unless it reads a dataset that failed. */
  const checkComponent = (what: string, datasets: string[], build: (site: SiteContent) => unknown) => {
    const reads = datasets.filter((id) => failed.has(id));
    if (!site || reads.length > 0) return void skipped.push({ what, because: site ? readsFailed(reads) : registryFailed });
    checked.components += 1;
    attempt(report, () => build(site));
  };

  const storiesDir = path.join(content, 'stories');
  const stories = readStoryFiles(storiesDir, registry, report);
  if (!registry) skipped.push({ what: `${shown('stories')}/ 各篇的 frontmatter 和组件`, because: registryFailed });
  for (const story of stories) {
    checked.stories += 1;
    const text = readFileSync(story.path, 'utf8');
    // The build compiles every story's MDX, drafts included, but renders published stories only: a draft's
    // components are not checked. A story whose frontmatter has a mistake counts as published unless it reads
    // `draft: true`.
    const raw = story.frontmatter ?? plainFrontmatter(text);
    const published = registry !== undefined && raw?.draft !== true;
    // A frontmatter that failed its check may give its aliases (`data`) to datasets that are not there: what the
    // story's short figures name is not known then.
    const aliasesUnknown = registry !== undefined && !story.frontmatter && raw?.data !== undefined;
    let elements: StoryElement[];
    try {
      elements = storyElements(story.path, text);
    } catch (error) {
      if (!(error instanceof EditorError || error instanceof MdxSyntaxError)) throw error;
      // Astro's own YAML reader refusing a frontmatter the story check refused already is the same mistake, and
      // so is a short figure naming an alias of a frontmatter that did not pass.
      const frontmatterFailed = registry && !story.frontmatter;
      const same = frontmatterFailed && ((error instanceof MdxSyntaxError && error.stage === 'frontmatter') || (error instanceof EditorError && error.code === 'figure-alias-unknown'));
      if (!same) errors.push(error);
      const part = (error instanceof MdxSyntaxError && error.stage === 'frontmatter') || same ? 'frontmatter' : 'MDX';
      if (published) skipped.push({ what: `${displayPath(story.path)} 的组件`, because: `这篇报道的 ${part} 有错` });
      continue;
    }
    if (!published) continue;
    if (aliasesUnknown) {
      skipped.push({ what: `${displayPath(story.path)} 的组件`, because: '这篇报道的 frontmatter 有错' });
      continue;
    }
    for (const element of elements) {
      const model = componentModels[element.name as keyof typeof componentModels] as ((props: never, site: SiteContent) => unknown) | undefined;
      if (!model) continue;
      const name = element.name === 'Chart' ? String((element.props as ChartElementProps).__chart) : element.name;
      checkComponent(`${String(element.props.__source)} <${name}>`, exampleDatasets({ props: element.props }), (site) => model(element.props as never, site));
    }
  }

  if (registry && files.corrections && read) {
    // Checked as /corrections/ asks for them; a story or dataset that exists with a mistake of its own is there.
    const datasets = new Set([...read.datasets.map((dataset) => dataset.id), ...failed]);
    attempt(report, () => checkCorrectionTargets(files.corrections!, { stories: new Set(stories.map((story) => story.id)), datasets }));
  }

  // Every place's page shows its key figures; /calculator/ and the home page draw from their datasets.
  for (const place of registry?.places ?? []) {
    const file = keyFiguresFile(place.id);
    for (const item of place.keyFigures) checkComponent(file, exampleDatasets({ props: item as Record<string, unknown> }), (site) => keyFigureModel(item, site, file));
  }
  if (site?.datasets.has(pageDatasets.prices) || failed.has(pageDatasets.prices)) {
    checkComponent('/calculator/ 的 <HeatingBillCalculator>', [pageDatasets.prices], (site) => componentModels.HeatingBillCalculator(pageComponents.calculator, site));
  }
  if (site?.datasets.has(pageDatasets.acrossPlaces) || failed.has(pageDatasets.acrossPlaces)) {
    checkComponent('首页的 <BarChart>', [pageDatasets.acrossPlaces], (site) => componentModels.Chart(pageComponents.acrossPlaces(), site));
  }
  return { errors, skipped, checked };
}

const readsFailed = (ids: readonly string[]) => `它读的${ids.map((id) => `数据集“${id}”`).join('、')}有错`;

/** A frontmatter that did not pass its check, read as plainly as it can be (`draft: true`, a `data` field). */
function plainFrontmatter(text: string): { draft?: unknown; data?: unknown } | undefined {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  try {
    const value = match === null ? undefined : (parseYaml(match[1]!) as unknown);
    return value && typeof value === 'object' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The check's findings as the command prints them: each message as the build prints it, then what was not checked. */
export function formatContentCheck({ errors, skipped }: ContentCheck): string[] {
  const lines = errors.map((error) => error.message);
  if (skipped.length > 0) {
    lines.push(['这次没有检查以下内容（改正上面的错误后再运行一次）：', ...skipped.map(({ what, because }) => `  ${what}：${because}`)].join('\n'));
  }
  return lines;
}
