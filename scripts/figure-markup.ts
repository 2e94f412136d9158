/**
 * `npm run bench:markup -- [content folder]`: what a bound figure costs an editor to type and read. For each story
 * in content/stories/, the number of `<Num …/>` figures in its body and their characters (the markup from `<Num` to
 * `/>`), and the characters of the frontmatter's `data:` block, which the short form needs once per story
 * (docs/WRITING.md); then the totals: characters per figure, and per figure with the `data:` block counted in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const content = path.resolve(process.argv[2] ?? 'content');
const stories = path.join(content, 'stories');
const length = (text: string) => [...text].length;

const rows: string[][] = [['报道', '数字', '字符', '每个数字', 'data: 字符', '短写', '长写']];
let figures = 0;
let characters = 0;
let data = 0;
for (const name of readdirSync(stories).filter((file) => file.endsWith('.mdx')).sort()) {
  const text = readFileSync(path.join(stories, name), 'utf8').replace(/^\uFEFF/, '');
  const [, frontmatter = '', body = text] = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text) ?? [];
  const nums = [...body.matchAll(/<Num\b[\s\S]*?\/>/g)].map(([markup]) => markup);
  const block = /^data:.*(?:\r?\n[ \t]+.*)*/m.exec(frontmatter)?.[0] ?? '';
  const count = nums.reduce((sum, markup) => sum + length(markup), 0);
  const short = nums.filter((markup) => /\sd="/.test(markup)).length;
  figures += nums.length;
  characters += count;
  data += length(block);
  rows.push([name, String(nums.length), String(count), nums.length ? (count / nums.length).toFixed(1) : '—', String(length(block)), String(short), String(nums.length - short)]);
}
for (const row of rows) console.log(row.join('\t'));
const per = (n: number) => (figures ? (n / figures).toFixed(1) : '—');
console.log(`\n${rows.length - 1} 篇报道，${figures} 个 <Num>，共 ${characters} 个字符：每个数字 ${per(characters)} 个字符；算上 frontmatter 的 data:（${data} 个字符），每个数字 ${per(characters + data)} 个字符。`);
