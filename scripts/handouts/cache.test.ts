import { mkdtemp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { contentKey, documentKey, HandoutCache, SiteFiles } from './cache.ts';

let work = '';
let site = '';
let dir = '';

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'handout-cache-'));
  site = path.join(work, 'site');
  dir = path.join(work, 'cache');
  await mkdir(path.join(site, 'lessons', 'a'), { recursive: true });
  await writeFile(path.join(site, 'lessons', 'a', 'index.html'), '<h1>a</h1>');
  await writeFile(path.join(site, 'style.css'), 'h1{}');
});

afterEach(() => rm(work, { recursive: true, force: true }));

const DEPS = ['lessons/a/', 'style.css'];
const PDF = Buffer.from('%PDF-1.4 a');

describe('documentKey', () => {
  test('returns a different key when any part differs', () => {
    expect(documentKey('p', ['lessons/a/'])).not.toBe(documentKey('p', ['lessons/b/']));
    expect(documentKey('p', ['lessons/a/'])).not.toBe(documentKey('q', ['lessons/a/']));
  });
});

describe('contentKey', () => {
  test('returns the same key for the same files in any order, and a new one when a file changes', async () => {
    const before = await contentKey('k', DEPS, new SiteFiles(site));
    expect(await contentKey('k', [...DEPS].reverse(), new SiteFiles(site))).toBe(before);
    await writeFile(path.join(site, 'style.css'), 'h1{color:red}');
    expect(await contentKey('k', DEPS, new SiteFiles(site))).not.toBe(before);
  });
});

describe('HandoutCache', () => {
  test('returns the stored PDF while the files its page loaded are unchanged', async () => {
    const cache = new HandoutCache(dir);
    await cache.store('k', DEPS, PDF, new SiteFiles(site));
    expect((await cache.lookup('k', new SiteFiles(site)))?.equals(PDF)).toBe(true);
  });

  test('returns nothing for an unknown document', async () => {
    expect(await new HandoutCache(dir).lookup('k', new SiteFiles(site))).toBeUndefined();
  });

  test('returns nothing once a stylesheet the page loaded changes', async () => {
    const cache = new HandoutCache(dir);
    await cache.store('k', DEPS, PDF, new SiteFiles(site));
    await writeFile(path.join(site, 'style.css'), 'h1{color:red}');
    expect(await cache.lookup('k', new SiteFiles(site))).toBeUndefined();
  });

  test('keeps one PDF per document: a new print replaces the old one', async () => {
    const cache = new HandoutCache(dir);
    await cache.store('k', DEPS, PDF, new SiteFiles(site));
    await writeFile(path.join(site, 'lessons', 'a', 'index.html'), '<h1>a, edited</h1>');
    await cache.store('k', DEPS, Buffer.from('%PDF-1.4 b'), new SiteFiles(site));
    expect((await readdir(dir)).filter((file) => file.endsWith('.pdf'))).toHaveLength(1);
    expect((await cache.lookup('k', new SiteFiles(site)))?.toString()).toBe('%PDF-1.4 b');
  });
});
