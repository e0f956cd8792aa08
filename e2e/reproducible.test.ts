/**
 * Two builds of the same commit, each with its own output and cache directory, produce
 * byte-identical sites (issue 7). Builds the course twice, so it takes a minute.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { diffTrees, hashTree } from '../scripts/bench/tree-hash.ts';
import { makeShadowRoot } from '../scripts/bench/shadow.ts';

const root = path.resolve(import.meta.dirname, '..');
const work = await mkdtemp(path.join(os.tmpdir(), 'reproducible-'));
// Both builds run in one private copy of the sources, so a build elsewhere cannot touch their chunks.
const project = path.join(work, 'project');
await makeShadowRoot(root, project);

/** Builds the site into `<work>/<name>` with a cold cache of its own; returns the output directory. */
function build(name: string): string {
  const outDir = path.join(work, name, 'dist');
  const result = spawnSync(process.execPath, [path.join(project, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: project,
    // Broken links are the link check's business; this test is about bytes.
    env: {
      ...process.env,
      OUT_DIR: outDir,
      CACHE_DIR: path.join(work, name, 'cache'),
      LINK_CHECK: 'warn',
      NO_COLOR: '1',
    },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0)
    throw new Error(`astro build into ${outDir} failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  return outDir;
}

afterAll(() => rm(work, { recursive: true, force: true }));

describe('astro build', () => {
  test('returns byte-identical sites from two builds of the same sources', { timeout: 300_000 }, async () => {
    const first = await hashTree(build('first'));
    const second = await hashTree(build('second'));
    expect(first.size).toBeGreaterThan(0);
    expect(diffTrees(first, second)).toEqual([]);
  });
});
