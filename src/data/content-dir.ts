import path from 'node:path';

/**
 * The folder editors write in. `content/` at the project root, unless HSD_CONTENT_DIR names another one:
 * the fixture sites under test/fixtures/ build the same code over their own small content trees.
 */
export function contentDir(root: string = process.cwd()): string {
  return path.resolve(root, process.env.HSD_CONTENT_DIR ?? 'content');
}

/** A path as editors see it in messages: relative to the project root, with forward slashes. */
export function displayPath(file: string, root: string = process.cwd()): string {
  return path.relative(root, file).split(path.sep).join('/');
}
