import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';

/**
 * The embed codes of a built story page, as a reader copies them from the 嵌入 control under each chart, by
 * chart id (the id of the chart's element without `chart-`). linkedom keeps a <textarea>'s character references
 * as written (a browser decodes them), so its text is read through an element that decodes them.
 */
export function embedCodes(siteDir: string, story: string): Map<string, string> {
  const { document } = parseHTML(readFileSync(path.join(siteDir, 'stories', story, 'index.html'), 'utf8'));
  return new Map(
    [...document.querySelectorAll('[data-embed-code]')].map((control) => [control.closest('[id^="chart-"]')!.id.slice('chart-'.length), textareaText(control.querySelector('textarea')!)]),
  );
}

export function textareaText(textarea: Element): string {
  return parseHTML(`<!doctype html><html><body><div>${textarea.innerHTML}</div></body></html>`).document.querySelector('div')!.textContent ?? '';
}
