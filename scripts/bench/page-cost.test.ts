import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cssRefs, gzipSize, jsImports, pageCost } from './page-cost.ts';

describe('cssRefs', () => {
  test('returns imports and font URLs, but not images', () => {
    const css =
      '@import "./b.css";@font-face{src:url(/_astro/f.woff2) format("woff2"),url("../f.ttf?v=1")}a{background:url(/i.png)}';
    expect(cssRefs(css)).toEqual([
      { url: './b.css', kind: 'css' },
      { url: '/_astro/f.woff2', kind: 'font' },
      { url: '../f.ttf?v=1', kind: 'font' },
    ]);
  });
});

describe('jsImports', () => {
  test('returns static imports and re-exports, not dynamic imports', () => {
    const js = 'import{a as b}from"./chunk.js";import "./side.js";export*from"./re.js";const m=import("./lazy.js");';
    expect(jsImports(js)).toEqual(['./chunk.js', './side.js', './re.js']);
  });
});

describe('pageCost', () => {
  let dir = '';
  const css = 'body{color:red}@font-face{src:url(./f.woff2)}';
  const js = 'import"./dep.js";console.log(1)';
  const dep = 'export const x=1';
  const html =
    '<!doctype html><html><head><link rel="stylesheet" href="/docker-course/_astro/a.css"><script type="module" src="/docker-course/_astro/a.js"></script><script>let t=1</script></head><body><img src="/docker-course/_astro/p.webp"><a href="../b/">b</a></body></html>';

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'page-cost-'));
    await mkdir(path.join(dir, '_astro'));
    await mkdir(path.join(dir, 'lessons', 'a'), { recursive: true });
    await writeFile(path.join(dir, 'lessons', 'a', 'index.html'), html);
    await writeFile(path.join(dir, '_astro', 'a.css'), css);
    await writeFile(path.join(dir, '_astro', 'a.js'), js);
    await writeFile(path.join(dir, '_astro', 'dep.js'), dep);
    await writeFile(path.join(dir, '_astro', 'f.woff2'), Buffer.alloc(300, 7));
    await writeFile(path.join(dir, '_astro', 'p.webp'), Buffer.alloc(9000, 1));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  test('returns gzip sizes of the page and everything it loads, images aside, under a base', async () => {
    const cost = await pageCost(dir, 'lessons/a/index.html', '/docker-course/');
    const inline = gzipSize('let t=1');
    expect(cost).toEqual({
      page: 'lessons/a/index.html',
      html: gzipSize(html),
      css: gzipSize(css),
      js: gzipSize(js) + gzipSize(dep) + inline,
      inlineJs: inline,
      fonts: gzipSize(Buffer.alloc(300, 7)),
      total: gzipSize(html) + gzipSize(css) + gzipSize(js) + gzipSize(dep) + gzipSize(Buffer.alloc(300, 7)),
      assets: ['_astro/a.css', '_astro/a.js', '_astro/dep.js', '_astro/f.woff2'],
    });
  });
});
