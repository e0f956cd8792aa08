import { describe, expect, test } from 'vitest';
import { dropKeywords } from './keywords.ts';

const command = (...values: string[]) => ({
  words: values.map((value, n) => ({ value, start: n, end: n + 1, dynamic: value.startsWith('$') })),
});
const values = (...words: string[]) => dropKeywords(command(...words)).words.map((w) => w.value);

describe('dropKeywords', () => {
  test.each([
    [
      ['then', 'docker', 'ps'],
      ['docker', 'ps'],
    ],
    [
      ['!', '{', 'docker', 'ps'],
      ['docker', 'ps'],
    ],
    [
      ['time', 'docker', 'build', '.'],
      ['docker', 'build', '.'],
    ],
    [['for', 'c', 'in', 'a'], []],
    [['do', 'case', '$x', 'in'], []],
    [
      ['docker', 'run', 'then'],
      ['docker', 'run', 'then'],
    ],
  ])('returns %j without its leading reserved words: %j', (words, expected) => {
    expect(values(...words)).toEqual(expected);
  });

  test('returns a dynamic first word as it is, even one that reads as a keyword', () => {
    const then = { value: 'then', start: 0, end: 5, dynamic: true };
    expect(dropKeywords({ words: [then] }).words).toEqual([then]);
  });
});
