import path from 'node:path';

/**
 * An editor's mistake in content/: a bad cell, a missing column, an unknown dataset id…
 *
 * Written for the person who must fix it (see docs/ARCHITECTURE.md): the file, the line (and for a CSV
 * the column), the value found, what was expected and the fix, in one line they can act on, ending with the
 * code of the mistake in the catalogue (src/errors/messages.ts), which docs/WRITING.md lists:
 *
 *   content/data/x.csv:3:2 列“heating_area”（第2列）：找到“12abc”，应为数字（如 3962 或 965.13）。修改：…（错误代码 cell-not-a-number，见 docs/WRITING.md）
 *
 * Thrown at build time; Astro stops the build and prints the message. Made by `editorError()` from a
 * catalogue entry: every editor error has one, so none is worded in place.
 */
export interface EditorLocation {
  /** Path of the file to fix, relative to the project root. */
  file: string;
  /** 1-based line in that file, when known. */
  line?: number;
  /** 1-based column (CSV: the cell's column number). */
  column?: number;
  /**
   * Where in the file, in words (src/errors/where.ts): `列“heating_area”（第3列，万平方米）`,
   * `frontmatter 字段“date”`. Given here, it takes the place of the entry's own.
   */
  where?: string;
}

/** What a catalogue entry says about one mistake, given its details. */
export interface EditorWords {
  /** Where, when the mistake itself says it (正文, HTML 标签); else the location's. */
  where?: string;
  /** The value that was found, as the editor wrote it. Omitted when nothing was found. */
  found?: string;
  /** Show `found` in full: it is a comparison the build wrote (a failed check), not raw input of any length. */
  foundInFull?: boolean;
  /** What was expected instead: reads after 应为. */
  expected: string;
  /** What to do about it: an instruction. */
  fix: string;
}

/** The parts of one message, as shown. */
export interface EditorMessage extends EditorLocation, EditorWords {}

export class EditorError extends Error {
  /** The catalogue entry (src/errors/messages.ts), e.g. `cell-not-a-number`. */
  readonly code: string;
  /** The entry's details: the facts of this mistake (the value found, what exists), which tests assert. */
  readonly details: Readonly<Record<string, unknown>>;
  /** The message's parts, as shown: the location and the entry's words. */
  readonly parts: EditorMessage;
  /** Read by Astro's error display: it points the terminal and the dev overlay at the editor's file. */
  readonly loc: { file: string; line?: number; column?: number };

  constructor(parts: EditorMessage, entry: { code: string; details: object }) {
    super(formatEditorError(parts, entry.code));
    this.name = 'EditorError';
    this.code = entry.code;
    this.details = { ...entry.details };
    this.parts = parts;
    this.loc = { file: path.resolve(parts.file), line: parts.line, column: parts.column ?? 1 };
    // The code that noticed the mistake is of no use to the editor; the location above is.
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** `file:line:column` as editors' tools understand it (clickable in most terminals and editors). */
export function location({ file, line, column }: Pick<EditorLocation, 'file' | 'line' | 'column'>): string {
  return [file, line, line !== undefined ? column : undefined].filter((part) => part !== undefined).join(':');
}

/** The one line an editor reads; with a code, it ends saying where the mistake is explained. */
export function formatEditorError(d: EditorMessage, code?: string): string {
  const where = d.where ? ` ${d.where}：` : ' ';
  const found = d.found === undefined ? '' : `找到“${d.foundInFull ? d.found : quote(d.found)}”，`;
  const lookUp = code === undefined ? '' : `（错误代码 ${code}，见 docs/WRITING.md）`;
  return `${location(d)}${where}${found}应为${d.expected}。修改：${d.fix}${lookUp}`;
}

/**
 * Characters an editor cannot see on screen: control characters (tab and line end aside), zero-width
 * characters, the soft hyphen, direction marks and overrides, a byte-order mark inside text. They come with
 * text copied from web pages and PDFs, or are planted to make text read differently than it is stored.
 */
export const invisibleCharacter = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

/** Shows invisible or empty input so the editor can see what was there. */
function quote(value: string): string {
  if (value === '') return '（空）';
  const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
  return shown
    .replace(/\r/g, '\\r')
    .replace(/\n/g, '\\n')
    .replace(/\t/g, '\\t')
    .replace(new RegExp(invisibleCharacter.source, 'g'), (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
