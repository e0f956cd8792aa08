import { describe, expect, test } from 'vitest';
import { seconds } from './seconds.ts';

describe('seconds', () => {
  test('returns the time since start in seconds, two decimals, in brackets', () => {
    expect(seconds(1000, 2234.5)).toBe('(1.23 s)');
  });
});
