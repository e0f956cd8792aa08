/**
 * A synthetic course of N lessons (copies of the real ones, from the bench's synthesizer), built into
 * a temporary folder with the full pipeline, so search can be measured at scale. The caller removes
 * the folder with the `remove()` it gets back; a build that fails removes it itself.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { synthesizeCourse } from '../bench/synthesize.ts';

export interface SyntheticCourse {
  /** The built site's folder. */
  site: string;
  /** Removes the course, its build and the build's cache. */
  remove: () => void;
}

/** Builds a course of `lessons` lessons copied from `contentDir`; returns the built site and how to remove it. */
export async function buildSyntheticCourse(
  contentDir: string,
  lessons: number,
  repoRoot: string,
): Promise<SyntheticCourse> {
  const work = mkdtempSync(path.join(tmpdir(), `search-bench-${lessons}-`));
  const remove = (): void => rmSync(work, { recursive: true, force: true });
  try {
    return { site: await buildInto(work, contentDir, lessons, repoRoot), remove };
  } catch (error) {
    remove();
    throw error;
  }
}

/** Writes the course into `work` and builds it there; returns the built site's folder. */
async function buildInto(work: string, contentDir: string, lessons: number, repoRoot: string): Promise<string> {
  const content = path.join(work, 'content');
  const site = path.join(work, 'dist');
  await synthesizeCourse(contentDir, content, lessons);
  const astro = path.join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const env = {
    ...process.env,
    COURSE_CONTENT_DIR: content,
    OUT_DIR: site,
    CACHE_DIR: path.join(work, 'cache'),
    LINK_CHECK: 'warn',
    // Search is measured on pages; no PDFs are printed, so the pages must not offer any.
    HANDOUTS: 'off',
  };
  const run = spawnSync(process.execPath, [astro, 'build'], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (run.status !== 0)
    throw new Error(`astro build of the ${lessons}-lesson course exited with ${run.status} (its errors are above)`);
  return site;
}
