/**
 * `npm run bench:markup -- [content folder]`: what a bound figure costs an editor to type and read. For each story
 * in content/stories/, the number of figures in its body, in both forms a story may write one: the element
 * `<Num …/>` (its characters from `<Num` to `/>`) and the directive `:num[…]` (from the colon to the closing
 * bracket; an escaped `\:num` is text, not a figure), and the characters of the frontmatter's `data:` block, which
 * the short forms (`<Num d="…" />`, `:num[…]`) need once per story (docs/WRITING.md); then the totals: characters
 * per figure, and per figure with the `data:` block counted in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const content = path.resolve(process.argv[2] ?? 'content');
const stories = path.join(content, 'stories');
const length = (text: string) => [...text].length;

/** A bound figure in a story's body, either form. */
const figurePattern = /<Num\b[\s\S]*?\/>|(?<!\\):num\[[^\]\n]*\]/g;

const rows: string[][] = [['报道', '数字', '字符', '每个数字', 'data: 字符', ':num[…]', '<Num d>', '长写']];
let figures = 0;
let characters = 0;
let data = 0;
let directives = 0;
for (const name of readdirSync(stories).filter((file) => file.endsWith('.mdx')).sort()) {
  const text = readFileSync(path.join(stories, name), 'utf8').replace(/^\uFEFF/, '');
  const [, frontmatter = '', body = text] = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text) ?? [];
  const marks = [...body.matchAll(figurePattern)].map(([markup]) => markup);
  const block = /^data:.*(?:\r?\n[ \t]+.*)*/m.exec(frontmatter)?.[0] ?? '';
  const count = marks.reduce((sum, markup) => sum + length(markup), 0);
  const directive = marks.filter((markup) => markup.startsWith(':')).length;
  const short = marks.filter((markup) => markup.startsWith('<') && /\sd="/.test(markup)).length;
  figures += marks.length;
  characters += count;
  directives += directive;
  data += length(block);
  rows.push([name, String(marks.length), String(count), marks.length ? (count / marks.length).toFixed(1) : '—', String(length(block)), String(directive), String(short), String(marks.length - directive - short)]);
}
for (const row of rows) console.log(row.join('\t'));
const per = (n: number) => (figures ? (n / figures).toFixed(1) : '—');
console.log(
  `\n${rows.length - 1} 篇报道，${figures} 个数字（${directives} 个写作 :num[…]，${figures - directives} 个写作 <Num>），共 ${characters} 个字符：每个数字 ${per(characters)} 个字符；算上 frontmatter 的 data:（${data} 个字符），每个数字 ${per(characters + data)} 个字符。`,
);
