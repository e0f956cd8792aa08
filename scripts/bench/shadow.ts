/**
 * A private copy of the project to build in. Astro writes its prerender bundle to `<cwd>/.astro/`
 * whenever the output directory lies outside the project, so two builds of one checkout at the
 * same time (a benchmark beside a test run) overwrite each other's chunks. A copy of the sources
 * with a link to node_modules gives each build its own.
 */
import { cp, readdir, symlink } from 'node:fs/promises';
import path from 'node:path';

/** Top-level entries that are outputs, caches or history rather than sources. */
const SKIP: ReadonlySet<string> = new Set(['node_modules', '.git', '.astro', 'dist']);

/** True for a top-level entry of the repository the copy leaves out. */
export function isSkipped(name: string): boolean {
  return SKIP.has(name) || name.startsWith('dist-');
}

/** Copies the project at `repoRoot` into `dir` (which must not exist) and links its node_modules. */
export async function makeShadowRoot(repoRoot: string, dir: string): Promise<void> {
  for (const entry of await readdir(repoRoot)) {
    if (isSkipped(entry)) continue;
    await cp(path.join(repoRoot, entry), path.join(dir, entry), { recursive: true, verbatimSymlinks: true });
  }
  await symlink(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
}
