import { describe, expect, test } from 'vitest';
import { stageSeconds } from './stages.ts';

const lines = [
  { at: 1000, text: '10:00:01 [build] ✓ Completed in 3.62s.' },
  { at: 1200, text: '10:00:01 [@astrojs/sitemap] `sitemap-index.xml` created' },
  { at: 3500, text: '10:00:03 [build] Waiting for integration "course:finish-site", hook "astro:build:done"...' },
  { at: 3600, text: '10:00:03 [course:link-check] checked 900 links in 40 pages (2.31 s)' },
  { at: 4000, text: '10:00:04 [course:pagefind] indexed 40 pages into dist/pagefind (2.75 s)' },
  { at: 4100, text: '10:00:04 [course:pagefind] wrote 31 glossary terms for search into search/lexicon.json' },
];

describe('stageSeconds', () => {
  test('returns the seconds a stage reported on its line', () => {
    expect(stageSeconds(lines, 'course:link-check')).toBe(2.31);
    expect(stageSeconds(lines, 'course:pagefind')).toBe(2.75);
  });

  test('returns 0 when the log has no such stage', () => {
    expect(stageSeconds(lines, 'bare:pagefind')).toBe(0);
  });
});
