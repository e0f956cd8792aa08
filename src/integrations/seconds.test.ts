import { describe, expect, test } from 'vitest';
import { parseSeconds, seconds } from './seconds.ts';

describe('seconds', () => {
  test('returns the time since start in seconds, two decimals, in brackets', () => {
    expect(seconds(1000, 2234.5)).toBe('(1.23 s)');
  });
});

describe('parseSeconds', () => {
  test('reads back the seconds at the end of a log line', () => {
    expect(parseSeconds(`07:14:10 [course:link-check] checked 9 links in 3 pages ${seconds(0, 1500)}`)).toBe(1.5);
  });

  test('returns undefined for a line without them', () => {
    expect(parseSeconds('07:14:12 [build] Complete!')).toBeUndefined();
  });
});
