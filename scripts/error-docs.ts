/**
 * `npm run docs:errors`: writes the list of editor errors in docs/WRITING.md (between its `errors:start` and
 * `errors:end` markers) from the catalogue, src/errors/messages.ts: each entry's code, what it means and its fix.
 * Run it after adding or rewording an entry; test/unit/error-docs.test.ts fails until the list is current.
 *
 *   npm run docs:errors        (or: node scripts/error-docs.ts)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withErrorList } from '../src/errors/docs.ts';

const file = path.resolve(import.meta.dirname, '..', 'docs/WRITING.md');
const before = readFileSync(file, 'utf8');
const after = withErrorList(before);
if (after === before) {
  console.log('docs/WRITING.md: the list of editor errors is current.');
} else {
  writeFileSync(file, after);
  console.log('docs/WRITING.md: the list of editor errors was rewritten from src/errors/messages/.');
}
