import { describe, expect, test } from 'vitest';
import { HASHED_NAMES, sortEntries, workerEntries } from './precache.ts';

describe('HASHED_NAMES', () => {
  test.each([
    ['_astro/BaseLayout.BrnBpTBB.css', true],
    ['pagefind/index/ko_e2a1b9.pf_index', true],
    ['pagefind/pagefind.ko_b7331176ca.pf_meta', true],
    ['pagefind/pagefind-entry.json', false],
    ['pagefind/pagefind.js', false],
    ['lessons/docker-run/index.html', false],
  ])('matches %s: %s', (url, hashed) => {
    expect(HASHED_NAMES.test(url)).toBe(hashed);
  });
});

describe('sortEntries', () => {
  test('returns the entries in URL order whatever order they came in', async () => {
    const entries = [
      { url: 'lessons/b/index.html', revision: '2', size: 2 },
      { url: '_astro/a.js', revision: null, size: 1 },
      { url: 'index.html', revision: '1', size: 3 },
    ];
    const { manifest } = await sortEntries(entries);
    expect(manifest.map((entry) => entry.url)).toEqual(['_astro/a.js', 'index.html', 'lessons/b/index.html']);
  });
});

describe('workerEntries', () => {
  test('returns URL and revision only', () => {
    expect(workerEntries([{ url: 'a.html', revision: 'r', integrity: 'sha-x' }])).toEqual([
      { url: 'a.html', revision: 'r' },
    ]);
  });
});
