import { describe, expect, test } from 'vitest';
import { byteToIndex } from './bytes.ts';

describe('byteToIndex', () => {
  test.each([
    ['docker ps', 7, 7],
    ['echo 한글 x', 12, 8],
    ['é|', 2, 1],
    ['🐳 run', 5, 3],
  ])('returns the string index of byte offset in %j', (text, bytes, index) => {
    expect(byteToIndex(text, bytes)).toBe(index);
  });
});
