/**
 * Content hashes of every file in a built site, and the differences between two builds: the
 * reproducibility check (two builds of one commit must be byte-identical).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { listFiles } from '../../src/lib/links/site.ts';

/** SHA-256 of every file under `dir`, by relative path. */
export async function hashTree(dir: string): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const file of await listFiles(dir)) {
    hashes.set(
      file,
      createHash('sha256')
        .update(await readFile(path.join(dir, file)))
        .digest('hex'),
    );
  }
  return hashes;
}

/** One line per file that is only in one build or differs between them, sorted by path. */
export function diffTrees(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): string[] {
  const files = [...new Set([...a.keys(), ...b.keys()])].sort();
  return files.flatMap((file) => {
    if (!b.has(file)) return [`only in the first build: ${file}`];
    if (!a.has(file)) return [`only in the second build: ${file}`];
    return a.get(file) === b.get(file) ? [] : [`differs: ${file}`];
  });
}
