/**
 * Compressed copies of the site's text files, made on first request into a folder of the server's
 * own (never into the site, which the bundle copies), so that sirv can send them as it sends
 * build-time `.br`/`.gz` files: with their length, ETag, ranges and 304s. A file rebuilt while the
 * server runs has new stats, and its copies are made again.
 */
import { mkdir, readFile, rename, utimes, writeFile } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
let serial = 0;

/** Encodings this server sends, in the order it prefers them. */
export type Encoding = 'br' | 'gzip';

/** The encodings an Accept-Encoding header allows (q=0 refuses one), most preferred first. */
export function acceptedEncodings(header: string | undefined): Encoding[] {
  const weights = new Map<string, number>();
  for (const part of (header ?? '').toLowerCase().split(',')) {
    const [name = '', ...params] = part.split(';').map((piece) => piece.trim());
    const q = params.find((param) => param.startsWith('q='));
    weights.set(name, q === undefined ? 1 : Number(q.slice(2)) || 0);
  }
  const allowed = (name: Encoding): boolean => (weights.get(name) ?? weights.get('*') ?? 0) > 0;
  return (['br', 'gzip'] as const).filter(allowed);
}

/** Makes (once per version of each file) the `.br` and `.gz` copies of site files under `dir`. */
export function compressedCopies(dir: string): (site: string, file: string, stats: Stats) => Promise<void> {
  const made = new Map<string, { version: string; done: Promise<void> }>();
  const write = async (source: string, target: string, stats: Stats): Promise<void> => {
    const body = await readFile(source);
    const [br, gz] = await Promise.all([
      brotli(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      }),
      gzipAsync(body, { level: 9 }),
    ]);
    await mkdir(path.dirname(target), { recursive: true });
    // Written beside, then renamed: a request never sees half a file.
    for (const [suffix, data] of [
      ['.br', br],
      ['.gz', gz],
    ] as const) {
      const partial = `${target}${suffix}.${(serial += 1)}.partial`;
      await writeFile(partial, data);
      // The copy carries the original's mtime, so the ETag sirv derives changes with the original.
      await utimes(partial, stats.atime, stats.mtime);
      await rename(partial, `${target}${suffix}`);
    }
  };
  return async (site, file, stats) => {
    const version = `${stats.size}:${stats.mtimeMs}`;
    const known = made.get(file);
    if (known?.version === version) return known.done;
    const done = write(path.join(site, file), path.join(dir, file), stats);
    made.set(file, { version, done });
    done.catch(() => made.delete(file));
    return done;
  };
}
