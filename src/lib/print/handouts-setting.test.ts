import { describe, expect, test } from 'vitest';
import { handoutsEnabled } from './handouts-setting.ts';

describe('handoutsEnabled', () => {
  test.each([
    [undefined, true],
    ['', true],
    ['on', true],
    ['off', false],
  ])('returns %j as %j', (value, expected) => {
    expect(handoutsEnabled({ HANDOUTS: value })).toBe(expected);
  });

  test('throws naming the accepted values', () => {
    expect(() => handoutsEnabled({ HANDOUTS: '0' })).toThrowErrorMatchingInlineSnapshot(
      `[Error: HANDOUTS is "0", expected "on" (the default: print the PDF handouts) or "off" (build without them).]`,
    );
  });
});
