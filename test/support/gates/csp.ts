import { createHash } from 'node:crypto';
import type { BuiltPage } from './pages.ts';

/**
 * The Content-Security-Policy every page must carry in a <meta http-equiv>, read as the browser reads it.
 * Static half of the CSP gate; test/browser/every-page.test.ts enforces the policy in Chromium.
 */
export type Policy = Map<string, string[]>;

export function parsePolicy(content: string): Policy {
  const policy: Policy = new Map();
  for (const part of content.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    // The first occurrence of a directive wins; browsers ignore repeats.
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** What each directive must say. */
const required: [directive: string, sources: string[]][] = [
  ['default-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'self'"]],
];
/** Sources no script or style directive may have. */
const forbidden: [directives: string[], sources: string[]][] = [
  [['script-src', 'script-src-elem', 'script-src-attr', 'default-src'], ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'wasm-unsafe-eval'", '*', 'data:', 'blob:', 'http:', 'https:']],
  [['style-src', 'style-src-elem', 'style-src-attr', 'default-src'], ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'blob:', 'http:', 'https:']],
];

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const jsTypes = ['', 'module', 'text/javascript', 'application/javascript'];
const runs = (script: Element) => jsTypes.includes((script.getAttribute('type') ?? '').trim().toLowerCase());

/** Every way a page's policy falls short, each naming the page and the rule. */
export function cspProblems(page: BuiltPage): string[] {
  const where = `/${page.route}`;
  const metas = [...page.document.querySelectorAll('meta[http-equiv]')].filter((meta) => meta.getAttribute('http-equiv')!.toLowerCase() === 'content-security-policy');
  if (metas.length !== 1) return [`${where}: ${metas.length} <meta http-equiv="content-security-policy"> elements, expected 1`];
  const meta = metas[0]!;
  const problems: string[] = [];
  if (meta.parentElement?.tagName.toLowerCase() !== 'head') problems.push(`${where}: the policy's <meta> is not in <head>`);
  // A policy applies only to what comes after it. A data block (structured data's JSON-LD) runs nothing and is no
  // policy's business, wherever it stands.
  const before = page.html.slice(0, page.html.search(/<meta http-equiv="content-security-policy"/i));
  const scriptsBefore = [...before.matchAll(/<script\b([^>]*)>/gi)].filter(([, attributes]) => jsTypes.includes(/\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes!)?.[1]?.toLowerCase() ?? ''));
  if (scriptsBefore.length > 0 || /<style\b|<link\b[^>]*\brel="?(stylesheet|preload|modulepreload)\b/i.test(before)) problems.push(`${where}: a script or stylesheet comes before the policy's <meta>, out of its reach`);
  const policy = parsePolicy(meta.getAttribute('content') ?? '');
  for (const [directive, sources] of required) {
    const found = policy.get(directive);
    if (!found || sources.some((source) => !found.includes(source)) || found.length !== sources.length) {
      problems.push(`${where}: CSP ${directive} must be ${sources.join(' ')}, found ${found ? found.join(' ') || '(empty)' : '(missing)'}`);
    }
  }
  for (const [directives, sources] of forbidden) {
    for (const directive of directives) {
      for (const source of policy.get(directive) ?? []) if (sources.includes(source.toLowerCase())) problems.push(`${where}: CSP ${directive} allows ${source}`);
    }
  }
  // Every inline script must be allowed by its hash, else the browser refuses to run it.
  const scriptSources = policy.get('script-src-elem') ?? policy.get('script-src') ?? policy.get('default-src') ?? [];
  for (const script of page.document.querySelectorAll('script:not([src])')) {
    if (runs(script) && !scriptSources.includes(sha256(script.textContent ?? ''))) problems.push(`${where}: an inline script whose hash ${sha256(script.textContent ?? '')} is not in the CSP's script-src`);
  }
  const styleSources = policy.get('style-src-elem') ?? policy.get('style-src') ?? policy.get('default-src') ?? [];
  for (const style of page.document.querySelectorAll('style')) {
    if (!styleSources.includes(sha256(style.textContent ?? ''))) problems.push(`${where}: an inline <style> whose hash ${sha256(style.textContent ?? '')} is not in the CSP's style-src`);
  }
  // style-src without 'unsafe-inline' blocks style attributes; one would be a broken style and a violation.
  for (const element of page.document.querySelectorAll('[style]')) problems.push(`${where}: style attribute on <${element.tagName.toLowerCase()}> (style="${element.getAttribute('style')}"), which the CSP blocks`);
  return problems;
}
