import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');
const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs');

export interface BuildResult {
  code: number;
  output: string;
}

/**
 * Runs `astro build` in a child process, as `npm run build` does, over the given content folder and into its
 * own output and cache folders, so fixture sites never touch dist/ or each other.
 */
export function buildSite(name: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const out = path.join(root, 'test/.output', name);
  // A fresh content cache every time: Astro's data store keeps entries parsed under an older schema when the
  // file is unchanged, so a schema change (a new default) would otherwise not reach a fixture's rebuild.
  rmSync(path.join(out, 'cache'), { recursive: true, force: true });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astroBin, 'build'], {
      cwd: root,
      env: {
        ...process.env,
        // As `npm run build` has it: vitest sets NODE_ENV=test, which would make the build a development one.
        NODE_ENV: 'production',
        ASTRO_TELEMETRY_DISABLED: '1',
        TZ: 'Asia/Shanghai',
        HSD_OUT_DIR: path.join(out, 'dist'),
        HSD_CACHE_DIR: path.join(out, 'cache'),
        FORCE_COLOR: '0',
        NO_COLOR: '1',
        // Every build is a production build, which needs the site's address (astro.config.mjs); a test that
        // builds without one passes SITE_URL: ''.
        SITE_URL: 'https://example.org',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

export function outputDir(name: string): string {
  return path.join(root, 'test/.output', name, 'dist');
}
