import { existsSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '../data/content-dir.ts';
import { loadAllDatasets } from '../data/load-all.ts';
import { readRegistry } from '../data/registry.ts';
import { editorError } from '../errors/messages.ts';
import { idPattern } from '../schemas/id.ts';

export interface NewStoryRequest {
  slug: string;
  title: string;
  place: string;
  datasets: readonly string[];
}

/**
 * A short alias for each dataset a new story names (frontmatter `data:`), so that its figures are written
 * `<Num d="prices.shuozhou.residential" />`: the last word of the id that is not a year (shanxi-city-heating-
 * prices-2022 → prices), made unique with a number, and never another dataset's id.
 */
export function storyAliases(ids: readonly string[], datasetIds: ReadonlySet<string>): Map<string, string> {
  const aliases = new Map<string, string>();
  const taken = new Set<string>();
  for (const id of ids) {
    const word = [...id.split('-')].reverse().find((part) => /^[a-z]/.test(part)) ?? 'data';
    let alias = word;
    for (let n = 2; taken.has(alias) || (alias !== id && datasetIds.has(alias)); n += 1) alias = `${word}${n}`;
    taken.add(alias);
    aliases.set(id, alias);
  }
  return aliases;
}

/**
 * `npm run new-story`: a new story's file, written as a draft dated `today`, with complete frontmatter (its
 * sources those of the datasets it names, its period theirs, an alias for each in `data`) and a skeleton of sections ending in 数据说明,
 * which lists the datasets. It builds as it stands (`npm run check:content` passes it). Refuses an
 * address that is not one, a story that exists, an unknown place or dataset, and a story with no dataset.
 */
export function newStory(request: NewStoryRequest, content: string, today: string): { file: string; text: string } {
  const file = path.join(content, 'stories', `${request.slug}.mdx`);
  const at = { file: displayPath(file) };
  if (!idPattern.test(request.slug)) throw editorError('story-filename-invalid', at, { found: `${request.slug}.mdx` });
  if (existsSync(file)) throw editorError('story-exists', at, { found: request.slug });
  const registry = readRegistry(content);
  if (!registry.places.some((place) => place.id === request.place)) {
    throw editorError('place-unknown', { ...at, where: '--place' }, { found: request.place, known: registry.places.map((place) => place.id) });
  }
  if (request.datasets.length === 0) throw editorError('story-needs-dataset', at, {});
  const all = new Map(loadAllDatasets(content).map((dataset) => [dataset.id, dataset]));
  const datasets = request.datasets.map((id) => {
    const dataset = all.get(id);
    if (!dataset) throw editorError('dataset-unknown', { ...at, where: '--dataset' }, { found: id, known: [...all.keys()].sort() });
    return dataset;
  });
  const aliases = storyAliases(datasets.map((dataset) => dataset.id), new Set(all.keys()));
  const sources = [...new Set(datasets.flatMap((dataset) => dataset.meta.sources))];
  const periods = [...new Set(datasets.map((dataset) => String(dataset.meta.period)))];
  const season = periods.length === 1 && /^\d{4}-\d{4}$/.test(periods[0]!) ? periods[0] : undefined;
  const period = season ? `season: ${season}` : `periodNote: ${periods.includes('unknown') ? '报道未写明年份' : `数据集所讲的时段：${periods.join('、')}`}`;
  const quote = (text: string) => JSON.stringify(text);
  const text = `---
title: ${quote(request.title)}
dek: "待写：一两句话的摘要，写出报道的发现（10 到 200 个字）。"
date: ${today}
${period}
places: [${request.place}]
tags: []
byline: 供热季数据组
sources: [${sources.join(', ')}]
data: { ${[...aliases].map(([id, alias]) => `${alias}: ${id}`).join(', ')} }
draft: true
---

待写：第一段写出报道的发现，并写明它讲的是哪个时段（如 <Period dataset="${aliases.get(datasets[0]!.id)}" />）。正文里的数字都用 \`:num[${aliases.get(datasets[0]!.id)}.行键]\` 从数据集引用（行键是数据集第一列的值），写在句子里，前后不加空格，不要手打。

## 待写：第一个小标题

待写：正文。图表一行一个，写法见 docs/CHARTS.md。

## 数据说明

本文的数字出自以下数据集（页面底部链接到它们，每个数字的报道原文见数据集页面）：

${datasets.map((dataset) => `- ${dataset.meta.title}（${dataset.id}）`).join('\n')}
`;
  return { file, text };
}
