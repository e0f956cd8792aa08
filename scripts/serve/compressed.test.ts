import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, onTestFinished, test } from 'vitest';
import { acceptedEncodings, compressedCopies } from './compressed.ts';

describe('acceptedEncodings', () => {
  test.each([
    [undefined, []],
    ['', []],
    ['gzip, deflate, br, zstd', ['br', 'gzip']],
    ['gzip', ['gzip']],
    ['br;q=0, gzip;q=0.5', ['gzip']],
    ['*', ['br', 'gzip']],
    ['*;q=0, gzip', ['gzip']],
    ['identity', []],
    ['BR', ['br']],
  ])('%s allows %j', (header, expected) => {
    expect(acceptedEncodings(header)).toEqual(expected);
  });
});

describe('compressedCopies', () => {
  test('writes .br and .gz copies, and writes them again when the file changes', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'compressed-'));
    onTestFinished(() => rm(work, { recursive: true, force: true }));
    const site = path.join(work, 'site');
    const cache = path.join(work, 'cache');
    const copies = compressedCopies(cache);
    await mkdir(path.join(site, 'a'), { recursive: true });
    const file = path.join(site, 'a', 'index.html');
    await writeFile(file, 'first '.repeat(100));
    await copies(site, 'a/index.html', await stat(file));
    expect(brotliDecompressSync(await readFile(`${cache}/a/index.html.br`)).toString()).toBe('first '.repeat(100));
    await writeFile(file, 'second '.repeat(100));
    await copies(site, 'a/index.html', await stat(file));
    expect(gunzipSync(await readFile(`${cache}/a/index.html.gz`)).toString()).toBe('second '.repeat(100));
  });
});
