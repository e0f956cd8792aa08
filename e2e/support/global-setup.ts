/**
 * Before the build and browser tiers: fail at once, saying what to do, when there is no built site;
 * give the run its folder for shared builds (e2e/support/build-cache.ts) and remove it at the end.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { DIST } from './site.ts';

/**
 * Test builds live inside the project: Astro 7 puts its prerender chunks in `<outDir>/.prerender/`
 * only when outDir is under the working directory, and otherwise in the shared `./.astro/.prerender/`,
 * where two builds running at once (unit and browser tests) would delete each other's chunks.
 */
const BUILDS = path.resolve('node_modules/.cache/course-builds');

/** Whether the process `pid` is running. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the run folders of Vitest processes that are gone (a run stopped before its teardown). */
function removeDeadRuns(): void {
  if (!existsSync(BUILDS)) return;
  for (const name of readdirSync(BUILDS)) {
    const pid = Number(/^run-(\d+)-/u.exec(name)?.[1]);
    if (pid && !alive(pid)) rmSync(path.join(BUILDS, name), { recursive: true, force: true });
  }
}

export default function setup(project: TestProject): () => void {
  const index = path.join(DIST, 'index.html');
  if (!existsSync(index)) {
    throw new Error(`${index} not found: the browser tests run over the built site. Run \`npm run build\` first.`);
  }
  removeDeadRuns();
  // Both tiers' setups run in Vitest's main process: the same folder, so the tiers share builds.
  const run = path.join(BUILDS, `run-${process.pid}-${Math.round(performance.timeOrigin)}`);
  project.provide('buildRun', run);
  return () => rmSync(run, { recursive: true, force: true });
}
