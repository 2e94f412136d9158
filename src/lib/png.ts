import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { cacheDir } from './cache-dir.ts';
import { fontData, fontFiles } from './fonts.ts';
import { drawPng, type PngOptions } from './png-render.ts';

/**
 * The PNGs a build writes (share cards, chart downloads): each SVG drawn once (src/lib/png-render.ts), by a
 * pool of threads, and kept in the build's cache folder (src/lib/cache-dir.ts) under the hash of what decides
 * its pixels: the SVG, the zoom, the renderer's version and the font files' bytes. A build draws only the
 * PNGs whose SVG changed since the cache was written; the same SVG asked for twice is drawn once. A cached
 * file is the bytes the renderer wrote, so a build is the same with a cache or without
 * (test/unit/chart-files.test.ts). After a build, `prunePngCache` removes what it did not use.
 */
export type { PngOptions } from './png-render.ts';

// Bumped when the way a PNG is drawn changes outside the renderer's and the fonts' own versions.
const drawing = 'png-1';
const require = createRequire(path.join(process.cwd(), 'package.json'));

let fingerprint: string | undefined;
/** What, besides the SVG and the zoom, decides a PNG's bytes. */
function rendererFingerprint(): string {
  if (!fingerprint) {
    const hash = createHash('sha256').update(drawing).update(require('@resvg/resvg-js/package.json').version);
    for (const file of fontFiles()) hash.update(fontData(file));
    fingerprint = hash.digest('hex');
  }
  return fingerprint;
}

export function pngKey(svg: string, { zoom = 1 }: PngOptions = {}): string {
  return createHash('sha256').update(rendererFingerprint()).update(`\0${zoom}\0`).update(svg).digest('hex');
}

/** The folder of drawn PNGs. */
export function pngCacheDir(): string {
  return path.join(cacheDir(), 'png');
}

const entry = (key: string) => path.join(pngCacheDir(), key.slice(0, 2), `${key}.png`);
const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function readCached(key: string): Buffer | undefined {
  const file = entry(key);
  let png: Buffer;
  try {
    png = readFileSync(file);
  } catch {
    return undefined;
  }
  // A file cut short (a build stopped while writing) is drawn again.
  if (png.length < 8 || !png.subarray(0, 8).equals(signature) || png.subarray(-8, -4).toString('latin1') !== 'IEND') return undefined;
  const now = new Date();
  utimesSync(file, now, now);
  return png;
}

function writeCached(key: string, png: Buffer): void {
  const file = entry(key);
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  writeFileSync(partial, png);
  renameSync(partial, file);
}

/** Threads that draw: one per core (the main thread mostly waits on them while they draw). */
interface Job {
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}
const workers: { worker: Worker; jobs: Map<number, Job> }[] = [];
let nextJob = 0;

function pool(): (typeof workers)[number] {
  if (workers.length < availableParallelism()) {
    const worker = new Worker(path.join(process.cwd(), 'src/lib/png-worker.ts'));
    const slot = { worker, jobs: new Map<number, Job>() };
    worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
      const job = slot.jobs.get(id)!;
      slot.jobs.delete(id);
      if (slot.jobs.size === 0) worker.unref();
      if (error !== undefined) job.reject(new Error(`Drawing a PNG failed: ${error}`));
      else job.resolve(Buffer.from(png!.buffer, png!.byteOffset, png!.byteLength));
    });
    worker.on('error', (error: Error) => {
      for (const job of slot.jobs.values()) job.reject(error);
      slot.jobs.clear();
      workers.splice(workers.indexOf(slot), 1);
    });
    worker.unref();
    workers.push(slot);
    return slot;
  }
  return workers.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
}

function drawInPool(svg: string, options: PngOptions): Promise<Buffer> {
  const slot = pool();
  const id = nextJob++;
  return new Promise((resolve, reject) => {
    slot.jobs.set(id, { resolve, reject });
    slot.worker.ref();
    slot.worker.postMessage({ id, svg, options });
  });
}

/** The PNGs being drawn, by key: a second page asking for one waits for the same drawing. */
const drawn = new Map<string, Promise<Buffer>>();

/** `svg` as a PNG: from the cache when it was drawn before, else drawn and kept. */
export function renderPng(svg: string, options: PngOptions = {}): Promise<Buffer> {
  const key = pngKey(svg, options);
  let png = drawn.get(key);
  if (!png) {
    png = (async () => {
      const cached = readCached(key);
      if (cached) return cached;
      const fresh = await drawInPool(svg, options);
      writeCached(key, fresh);
      return fresh;
    })();
    // Shared while it is being drawn; after that the cache serves it, and the buffer is not held here.
    drawn.set(key, png);
    png.then(
      () => drawn.delete(key),
      () => drawn.delete(key),
    );
  }
  return png;
}

/** `svg` as a PNG, drawn in this thread with no cache (tests compare it with what the cache returns). */
export { drawPng };

/**
 * Removes the drawn PNGs that no build has used since `since` (a build's start): what a build writes or reads
 * it touches, so after a full build what is older is what it no longer draws. Returns how many it removed.
 */
export function prunePngCache(since: Date, dir: string = pngCacheDir()): number {
  let removed = 0;
  let folders: string[];
  try {
    folders = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const folder of folders) {
    const sub = path.join(dir, folder);
    for (const name of readdirSync(sub)) {
      const file = path.join(sub, name);
      if (statSync(file).mtime < since) {
        rmSync(file, { force: true });
        removed++;
      }
    }
  }
  return removed;
}

/** A PNG's pixel size, from its IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  if (!signature.every((byte, index) => png[index] === byte)) throw new Error('Not a PNG file.');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
