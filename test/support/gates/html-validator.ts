import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The Nu Html Checker (vnu.jar, the W3C validator's engine) over built pages, inline SVG included. It needs a
 * Java runtime: `bash .ci/run` installs Debian's default-jre-headless when `java` is missing.
 */
const jar = path.join(path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

/** Every validation error of the given files, as `<file>:<line>:<column> <message>`, file relative to dir. */
export async function validateHtml(dir: string, files: readonly string[]): Promise<string[]> {
  if (files.length === 0) return [];
  const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin/java') : 'java';
  const output = await new Promise<string>((resolve, reject) => {
    execFile(
      java,
      // The client compiler alone: a run this short never repays C2's compiling (a third of the CPU time on
      // two cores). Its deeper frames need the larger stack the checker asks for.
      ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xss4m', '-jar', jar, '--errors-only', '--exit-zero-always', '--format', 'json', '--stdout', ...files.map((file) => path.join(dir, file))],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
          reject(new Error(`No Java runtime (${java}) for the Nu Html Checker: apt-get install default-jre-headless (bash .ci/run does), or set JAVA_HOME.`));
        } else if (error) reject(new Error(`vnu.jar failed: ${stderr || error.message}`));
        else resolve(stdout);
      },
    );
  });
  const { messages } = JSON.parse(output) as { messages: VnuMessage[] };
  return messages
    .filter((message) => message.type !== 'info')
    .map((message) => {
      const file = message.url ? path.relative(dir, decodeURIComponent(new URL(message.url).pathname)) : '(unknown file)';
      const at = message.lastLine ? `:${message.lastLine}:${message.firstColumn ?? 0}` : '';
      const extract = message.extract ? ` [${message.extract.replace(/\s+/g, ' ').trim().slice(0, 120)}]` : '';
      return `${file}${at} ${message.message}${extract}`;
    });
}
