import { describe, expect, test } from 'vitest';
import { parseFenceMeta } from './fence-meta.ts';

describe('parseFenceMeta', () => {
  test.each([
    [
      'expect-error="이름이 없습니다" title=\'x\'',
      [
        ['expect-error', '이름이 없습니다'],
        ['title', 'x'],
      ],
    ],
    ['nocheck', [['nocheck', '']]],
    [
      'mark=3 nocheck="Docker Desktop 전용"',
      [
        ['mark', '3'],
        ['nocheck', 'Docker Desktop 전용'],
      ],
    ],
    ['', []],
  ])('returns the attributes of %j', (meta, entries) => {
    expect([...parseFenceMeta(meta)]).toEqual(entries);
  });

  test('returns the first value when a key repeats', () => {
    expect(parseFenceMeta('a=1 a=2').get('a')).toBe('1');
  });
});
