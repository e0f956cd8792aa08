/**
 * The file a site path names, as a static host finds it: a folder serves its index.html once the
 * path ends in a slash. The file's real path (symbolic links followed) must lie inside the site's
 * real path, so a link planted in the site that points elsewhere is never served.
 */
import { realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import path from 'node:path';

export type Resolved =
  /** `file` is the path under the site root, with `/` separators; `stats` are the target's. */
  { kind: 'file'; file: string; stats: Stats } | { kind: 'add-slash' } | { kind: 'not-found' };

/** True when `target` is `root` itself or lies beneath it (both absolute and normalized). */
export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

/** The stats of `file` when it exists and its real path lies inside `realRoot`. */
async function statInside(realRoot: string, file: string): Promise<Stats | undefined> {
  const real = await realpath(file).catch(() => undefined);
  if (real === undefined || !isInside(realRoot, real)) return undefined;
  return stat(real).catch(() => undefined);
}

/** Finds the file for `segments` (plain names, see request-path.ts) under `realRoot`, the site's real path. */
export async function resolveFile(realRoot: string, segments: readonly string[], folder: boolean): Promise<Resolved> {
  let names = [...segments];
  let stats = await statInside(realRoot, path.join(realRoot, ...names));
  if (stats?.isDirectory()) {
    if (!folder) return { kind: 'add-slash' };
    names = [...names, 'index.html'];
    stats = await statInside(realRoot, path.join(realRoot, ...names));
  } else if (folder) return { kind: 'not-found' };
  return stats?.isFile() ? { kind: 'file', file: names.join('/'), stats } : { kind: 'not-found' };
}
