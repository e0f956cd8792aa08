import { describe, expect, test } from 'vitest';
import { indexSeconds, linkCheckSeconds } from './stages.ts';

const lines = [
  { at: 1000, text: '10:00:01 [build] ✓ Completed in 3.62s.' },
  { at: 1200, text: '10:00:01 [@astrojs/sitemap] `sitemap-index.xml` created' },
  { at: 1500, text: '10:00:02 [course:link-check] checked 900 links in 40 pages' },
  { at: 3500, text: '10:00:03 [build] Waiting for integration "course:pagefind", hook "astro:build:done"...' },
  { at: 4000, text: '10:00:04 [course:pagefind] indexed 40 pages into dist/pagefind' },
  { at: 4100, text: '10:00:04 [course:pagefind] wrote 31 glossary terms' },
];

describe('indexSeconds', () => {
  test('returns the time from the line before the first Pagefind line to that line, skipping slow-hook notices', () => {
    expect(indexSeconds(lines)).toBe(2.5);
  });

  test('returns 0 when the log has no Pagefind line', () => {
    expect(indexSeconds(lines.slice(0, 3))).toBe(0);
  });
});

describe('linkCheckSeconds', () => {
  test('returns the time from the line before the link check report to the report', () => {
    expect(linkCheckSeconds(lines)).toBeCloseTo(0.3);
  });
});
