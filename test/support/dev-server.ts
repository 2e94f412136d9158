import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { root } from './build.ts';

const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs');

export interface DevServer {
  url: string;
  /** The scratch copy of the content the server reads: edit it to test what an editor sees. */
  content: string;
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * `astro dev` over a scratch copy of a content folder (content/ by default), as an editor runs `npm run dev`.
 * Resolves once the server answers. The scratch copy lives in test/.output/<name>/content.
 */
export async function startDev(name: string, port: number, from = path.join(root, 'content')): Promise<DevServer> {
  const out = path.join(root, 'test/.output', name);
  const content = path.join(out, 'content');
  rmSync(out, { recursive: true, force: true });
  cpSync(from, content, { recursive: true });
  let output = '';
  // As an editor's shell has it: a test runner's own variables (VITEST, VITEST_POOL_ID…) would change how Vite runs.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'TEST'));
  const child: ChildProcess = spawn(process.execPath, [astroBin, 'dev', '--port', String(port)], {
    cwd: root,
    env: { ...env, NODE_ENV: 'development', ASTRO_TELEMETRY_DISABLED: '1', TZ: 'Asia/Shanghai', HSD_CONTENT_DIR: content, HSD_CACHE_DIR: path.join(out, 'cache'), FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`astro dev exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${url}/`)).status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`astro dev did not answer within 60 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    content,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
