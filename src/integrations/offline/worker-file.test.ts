import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundleWorker, injectEntries, precacheList, writeWorker } from './worker-file.ts';

let site: string;
let code: string;

/** A small built site: pages, a hashed asset, Pagefind files, images, PDFs and the tool files. */
const FILES: Record<string, string> = {
  'index.html': '<h1>홈</h1>',
  '404.html': '<h1>없음</h1>',
  'lessons/docker-run/index.html': '<h1>docker run</h1>',
  'lessons/docker-run/images/run.png': 'png',
  '_astro/BaseLayout.BrnBpTBB.css': 'body{}',
  'pagefind/pagefind.js': 'export {}',
  'pagefind/pagefind-entry.json': '{}',
  'pagefind/pagefind.ko_b7331176ca.pf_meta': 'meta',
  'pagefind/fragment/ko_1a2b.pf_fragment': 'fragment',
  'search/lexicon.json': '[]',
  'handouts/course.pdf': '%PDF',
  'sitemap-index.xml': '<sitemapindex/>',
  'sitemap-0.xml': '<urlset/>',
  'site.json': '{}',
  'offline.json': '{}',
  'sw.js': 'old worker',
};

beforeAll(async () => {
  site = await mkdtemp(path.join(tmpdir(), 'offline-site-'));
  for (const [file, text] of Object.entries(FILES)) {
    await mkdir(path.dirname(path.join(site, file)), { recursive: true });
    await writeFile(path.join(site, file), text);
  }
  code = await bundleWorker();
});

afterAll(() => rm(site, { recursive: true, force: true }));

describe('precacheList', () => {
  test('returns every file a page can load, in URL order, without PDFs, sitemaps, site.json or the worker', async () => {
    const { entries, facts } = await precacheList(site);
    expect(entries.map((entry) => entry.url)).toEqual([
      '404.html',
      '_astro/BaseLayout.BrnBpTBB.css',
      'index.html',
      'lessons/docker-run/images/run.png',
      'lessons/docker-run/index.html',
      'pagefind/fragment/ko_1a2b.pf_fragment',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.js',
      'pagefind/pagefind.ko_b7331176ca.pf_meta',
      'search/lexicon.json',
    ]);
    expect(facts).toEqual({
      files: 10,
      bytes: entries.reduce((sum, entry) => sum + Buffer.byteLength(FILES[entry.url] ?? ''), 0),
    });
  });

  test('returns content revisions for unhashed names and none for hashed ones', async () => {
    const { entries } = await precacheList(site);
    const revision = (url: string): string | null | undefined => entries.find((entry) => entry.url === url)?.revision;
    expect(revision('index.html')).toMatch(/^[0-9a-f]{32}$/u);
    expect(revision('pagefind/pagefind-entry.json')).toMatch(/^[0-9a-f]{32}$/u);
    expect(revision('_astro/BaseLayout.BrnBpTBB.css')).toBeNull();
    expect(revision('pagefind/fragment/ko_1a2b.pf_fragment')).toBeNull();
    expect(revision('pagefind/pagefind.ko_b7331176ca.pf_meta')).toBeNull();
  });
});

describe('bundleWorker', () => {
  test("returns one script with one injection point, answering SKIP_WAITING and ignoring Pagefind's ts parameter", () => {
    expect(code.split('self.__WB_MANIFEST')).toHaveLength(2);
    expect(code).toContain('SKIP_WAITING');
    expect(code).toContain('^ts$');
    expect(code).not.toMatch(/\bimportScripts\b|\bimport\s*\(/u);
    // The only address in the code is the one Workbox's warning text names; the worker loads nothing else.
    expect(code.match(/https?:\/\/[^\s"'`]+/gu)).toEqual(['https://bit.ly/wb-precache']);
  });
});

describe('injectEntries', () => {
  test('returns the code with the list in place of self.__WB_MANIFEST, $ signs and all', () => {
    const entries = [{ url: 'a$&b.html', revision: '1' }];
    expect(injectEntries('const e=self.__WB_MANIFEST;', entries)).toBe('const e=[{"url":"a$&b.html","revision":"1"}];');
  });

  test.each([
    ['none', 'const e=[];'],
    ['several', 'self.__WB_MANIFEST;self.__WB_MANIFEST;'],
  ])('throws when the code has %s', (found, source) => {
    expect(() => injectEntries(source, [])).toThrow(`found ${found}`);
  });
});

describe('writeWorker', () => {
  test('writes the same sw.js twice for the same site', async () => {
    await writeWorker(site, code);
    const first = await readFile(path.join(site, 'sw.js'), 'utf8');
    await writeWorker(site, await bundleWorker());
    expect(await readFile(path.join(site, 'sw.js'), 'utf8')).toBe(first);
    expect(first).toContain('"url":"lessons/docker-run/index.html"');
    expect(first).not.toContain('handouts/');
  });
});
