import { parentPort } from 'node:worker_threads';
import { drawPng, type PngOptions } from './png-render.ts';

/**
 * A thread that draws PNGs for src/lib/png.ts, so that a build draws on every core while its main thread
 * renders pages. It holds its own cut of the fonts (src/lib/png-render.ts).
 */
interface Job {
  id: number;
  svg: string;
  options: PngOptions;
}

parentPort!.on('message', async ({ id, svg, options }: Job) => {
  try {
    const png = await drawPng(svg, options);
    parentPort!.postMessage({ id, png: new Uint8Array(png.buffer, png.byteOffset, png.byteLength) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
