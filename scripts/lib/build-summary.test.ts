import { describe, expect, test } from 'vitest';
import { buildSummary, parseBuildSummary } from './build-summary.ts';

describe('buildSummary', () => {
  test('names both steps and takes the longer as the total', () => {
    expect(buildSummary(1.234, 15.3)).toBe(
      'build: command check 1.23 s, astro build 15.30 s, side by side: 15.30 s in all',
    );
  });
});

describe('parseBuildSummary', () => {
  test('reads back what buildSummary wrote', () => {
    expect(parseBuildSummary(buildSummary(0.5, 6.25))).toEqual({ check: 0.5, astro: 6.25 });
  });

  test('returns undefined for other lines', () => {
    expect(parseBuildSummary('07:14:12 [build] Complete!')).toBeUndefined();
  });
});
