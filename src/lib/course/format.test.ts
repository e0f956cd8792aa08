import { describe, expect, test } from 'vitest';
import { formatDuration } from './format.ts';

describe('formatDuration', () => {
  test.each([
    [0, '0분'],
    [25, '25분'],
    [60, '1시간'],
    [65, '1시간 5분'],
    [150, '2시간 30분'],
  ])('returns %i minutes as %s', (minutes, expected) => {
    expect(formatDuration(minutes)).toBe(expected);
  });
});
