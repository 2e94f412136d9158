import { location } from '../errors/editor-error.ts';
import { t } from '../i18n/index.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The page `astro dev` shows instead of a page a content mistake stops (src/middleware.ts): the message as the
 * build prints it, where it is, its code; and Vite's client, which reloads the page when content changes.
 */
export function contentErrorPage(error: { message: string; code?: string | undefined; where?: string | undefined }): string {
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(t('dev.title'))}</title>
<script type="module" src="/@vite/client"></script>
<style>body{font:16px/1.7 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#111}h1{font-size:1.4rem;color:#a40000}pre{white-space:pre-wrap;word-break:break-all;background:#f4f4f4;padding:1rem;border-left:4px solid #a40000}dt{font-weight:700}</style>
</head>
<body>
<main>
<h1>${escape(t('dev.title'))}</h1>
<p>${escape(t('dev.intro'))}</p>
<pre role="alert">${escape(error.message)}</pre>
<dl>
${error.where ? `<dt>${escape(t('dev.where'))}</dt><dd><code data-content-error-where>${escape(error.where)}</code></dd>` : ''}
${error.code ? `<dt>${escape(t('dev.code'))}</dt><dd><code data-content-error-code>${escape(error.code)}</code></dd>` : ''}
</dl>
<p>${escape(t('dev.help'))}</p>
</main>
</body>
</html>
`;
}

/** The error page as a response, from an EditorError (its code and location when it has them). */
export function contentErrorResponse(error: Error): { status: number; headers: Record<string, string>; body: string } {
  const { code, parts } = error as Error & { code?: string; parts?: { file: string; line?: number; column?: number } };
  const body = contentErrorPage({ message: error.message, code, where: parts ? location(parts) : undefined });
  return { status: 500, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }, body };
}
