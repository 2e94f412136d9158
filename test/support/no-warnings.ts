import { afterEach, beforeEach, expect, vi } from 'vitest';

/** Warnings are failures: Plot reports likely mistakes through console.warn. */
let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn');
});
afterEach(() => {
  expect(warn, 'console.warn was called').not.toHaveBeenCalled();
  warn.mockRestore();
});
