import { describe, expect, test } from 'vitest';
import { cacheControl, contentTypeOverride, IMMUTABLE, isCompressible, REVALIDATE } from './headers.ts';

describe('cacheControl', () => {
  test.each([
    ['_astro/BaseLayout.BrnBpTBB.css', IMMUTABLE],
    ['pagefind/fragment/ko_3f2a1b.pf_fragment', IMMUTABLE],
    ['pagefind/index/ko_3f2a1b.pf_index', IMMUTABLE],
    ['pagefind/filter/ko_3f2a1b.pf_filter', IMMUTABLE],
    ['pagefind/pagefind.ko_de775eee95.pf_meta', IMMUTABLE],
    ['pagefind/pagefind.js', REVALIDATE],
    ['pagefind/pagefind-entry.json', REVALIDATE],
    ['pagefind/wasm.unknown.pagefind', REVALIDATE],
    ['index.html', REVALIDATE],
    ['lessons/a/index.html', REVALIDATE],
    ['theme-init.js', REVALIDATE],
  ])('%s: %s', (file, expected) => {
    expect(cacheControl(file)).toBe(expected);
  });
});

describe('contentTypeOverride', () => {
  test.each([
    ['a/index.html', 'text/html; charset=utf-8'],
    ['_astro/x.JS', 'text/javascript; charset=utf-8'],
    ['pagefind/wasm.unknown.pagefind', 'application/octet-stream'],
    ['handout.pdf', undefined],
  ])('%s: %s', (file, expected) => {
    expect(contentTypeOverride(file)).toBe(expected);
  });
});

describe('isCompressible', () => {
  test.each([
    ['index.html', true],
    ['_astro/x.css', true],
    ['pagefind/pagefind.js', true],
    ['favicon.svg', true],
    ['pagefind/fragment/ko_1.pf_fragment', false],
    ['handout.pdf', false],
    ['image.webp', false],
  ])('%s: %s', (file, expected) => {
    expect(isCompressible(file)).toBe(expected);
  });
});
