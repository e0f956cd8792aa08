import { describe, expect, test } from 'vitest';
import { buildSummary } from './build-summary.ts';

const SITE = { check: 1.234, astro: 15.3, links: 0.09, index: 0.2 };

describe('buildSummary', () => {
  test('names every stage, takes the longer of the side-by-side pair, and adds the PDF step on its own', () => {
    expect(buildSummary(SITE, { seconds: 12.5, printed: 3, cached: 29 })).toBe(
      'build: command check 1.23 s, astro build 15.30 s (link check 0.09 s, search index 0.20 s), side by side: 15.30 s; ' +
        'PDF handouts 12.50 s (3 printed, 29 from the cache); 27.80 s in all',
    );
  });

  test('says the PDF step was skipped under HANDOUTS=off', () => {
    expect(buildSummary({ ...SITE, check: 16 }, undefined)).toMatch(
      /side by side: 16\.00 s; PDF handouts skipped \(HANDOUTS=off\); 16\.00 s in all$/u,
    );
  });
});
