import { afterAll, describe, expect, test } from 'vitest';
import { mkdtemp, mkdir, readdir, readlink, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { isSkipped, makeShadowRoot } from './shadow.ts';

describe('isSkipped', () => {
  test.each([
    ['node_modules', true],
    ['.astro', true],
    ['dist', true],
    ['dist-base', true],
    ['src', false],
    ['astro.config.mjs', false],
    ['.prettierrc.json', false],
  ])('says whether %j is left out of the copy (%s)', (name, expected) => {
    expect(isSkipped(name)).toBe(expected);
  });
});

describe('makeShadowRoot', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  test('returns a copy of the sources with node_modules linked and outputs left out', async () => {
    const repo = await mkdtemp(path.join(os.tmpdir(), 'shadow-repo-'));
    const copy = path.join(await mkdtemp(path.join(os.tmpdir(), 'shadow-copy-')), 'project');
    dirs.push(repo, path.dirname(copy));
    await mkdir(path.join(repo, 'src', 'pages'), { recursive: true });
    await mkdir(path.join(repo, 'node_modules'));
    await mkdir(path.join(repo, 'dist'));
    await writeFile(path.join(repo, 'src', 'pages', 'index.astro'), '<p>hi</p>');
    await writeFile(path.join(repo, 'astro.config.mjs'), 'export default {};');
    await makeShadowRoot(repo, copy);
    expect((await readdir(copy)).sort()).toEqual(['astro.config.mjs', 'node_modules', 'src']);
    expect(await readlink(path.join(copy, 'node_modules'))).toBe(path.join(repo, 'node_modules'));
    expect(await readdir(path.join(copy, 'src', 'pages'))).toEqual(['index.astro']);
  });
});
