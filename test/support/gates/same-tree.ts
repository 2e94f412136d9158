import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The first difference between two folders, walking both in the same sorted order: a file only one has, or
 * the first byte where a file differs. Undefined when they are byte for byte the same. For the check that two
 * clean builds write the same dist/.
 */
export function firstDifference(a: string, b: string): string | undefined {
  const filesA = files(a);
  const filesB = files(b);
  const all = [...new Set([...filesA, ...filesB])].sort();
  for (const file of all) {
    if (!filesA.includes(file)) return `${file}: only in ${b}`;
    if (!filesB.includes(file)) return `${file}: only in ${a}`;
    const [x, y] = [readFileSync(path.join(a, file)), readFileSync(path.join(b, file))];
    if (x.equals(y)) continue;
    let at = 0;
    while (at < x.length && at < y.length && x[at] === y[at]) at++;
    const around = (bytes: Buffer) => JSON.stringify(bytes.subarray(Math.max(0, at - 40), at + 40).toString('utf8'));
    return `${file}: differs at byte ${at} (${x.length} and ${y.length} bytes): ${around(x)} ≠ ${around(y)}`;
  }
  return undefined;
}

function files(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix)).flatMap((name) => {
    const relative = prefix ? `${prefix}/${name}` : name;
    return statSync(path.join(dir, relative)).isDirectory() ? files(dir, relative) : [relative];
  });
}
