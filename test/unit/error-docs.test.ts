import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docComments, errorList, withErrorList } from '../../src/errors/docs.ts';
import { areas, messages } from '../../src/errors/messages.ts';

const writing = path.resolve(import.meta.dirname, '../../docs/WRITING.md');

describe('docs/WRITING.md lists every editor error the catalogue has', () => {
  it('says what every entry means, in a one-line doc comment beside it', () => {
    for (const area of areas) {
      const docs = docComments(area.module);
      for (const code of Object.keys(area.messages)) expect(docs.get(code), `src/errors/messages/${area.module}: ${code}`).toMatch(/\S/);
    }
  });

  it('lists each code once', () => {
    const listed = [...errorList().matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((match) => match[1]);
    expect(listed.sort()).toEqual(Object.keys(messages).sort());
  });

  it('is current: run npm run docs:errors after changing src/errors/messages/', () => {
    const text = readFileSync(writing, 'utf8');
    expect(withErrorList(text) === text, 'docs/WRITING.md: the list of editor errors is out of date; run npm run docs:errors').toBe(true);
  });
});
