import { describe, expect, test } from 'vitest';
import { singleRange } from './range.ts';

describe('singleRange', () => {
  test.each([
    [undefined, undefined],
    ['bytes=0-9', 'bytes=0-9'],
    ['bytes=100-', 'bytes=100-999'],
    ['bytes=-5', 'bytes=995-999'],
    ['bytes=-5000', 'bytes=0-999'],
    ['bytes=990-5000', 'bytes=990-999'],
    ['bytes=1000-', 'bytes=1000-'],
    ['bytes=99999999999999999999999-', 'bytes=99999999999999999999999-'],
    ['bytes=9-3', undefined],
    ['bytes=-0', undefined],
    ['bytes=-', undefined],
    ['bytes=0-9,20-29', undefined],
    ['bytes=x-y', undefined],
    ['items=0-9', undefined],
  ])('reads %s for a 1000-byte file as %s', (header, expected) => {
    expect(singleRange(header, 1000)).toBe(expected);
  });
});
