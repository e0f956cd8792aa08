import { afterAll, describe, expect, test } from 'vitest';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { diffTrees, hashTree } from './tree-hash.ts';

describe('diffTrees', () => {
  test('returns nothing for identical trees', () => {
    expect(diffTrees(new Map([['a', '1']]), new Map([['a', '1']]))).toEqual([]);
  });

  test('returns files missing on either side and files that differ, sorted', () => {
    const a = new Map([
      ['b.html', '1'],
      ['a.html', '2'],
      ['gone.css', '3'],
    ]);
    const b = new Map([
      ['b.html', '9'],
      ['a.html', '2'],
      ['new.js', '4'],
    ]);
    expect(diffTrees(a, b)).toEqual([
      'differs: b.html',
      'only in the first build: gone.css',
      'only in the second build: new.js',
    ]);
  });
});

describe('hashTree', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  test('returns the same hashes for the same bytes and a different hash for one changed byte', async () => {
    const make = async (text: string): Promise<string> => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'tree-hash-'));
      dirs.push(dir);
      await mkdir(path.join(dir, 'lessons', 'a'), { recursive: true });
      await writeFile(path.join(dir, 'lessons', 'a', 'index.html'), text);
      await writeFile(path.join(dir, 'index.html'), 'home');
      return dir;
    };
    const [one, two, three] = await Promise.all([make('<p>1</p>'), make('<p>1</p>'), make('<p>2</p>')]);
    expect([...(await hashTree(one)).keys()]).toEqual(['index.html', 'lessons/a/index.html']);
    expect(diffTrees(await hashTree(one), await hashTree(two))).toEqual([]);
    expect(diffTrees(await hashTree(one), await hashTree(three))).toEqual(['differs: lessons/a/index.html']);
  });
});
