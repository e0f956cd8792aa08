import { describe, expect, test } from 'vitest';
import { rankPages } from './rank.ts';

describe('rankPages', () => {
  const concepts = [
    { covers: [0], terms: ['이미지', 'image'] },
    { covers: [1], terms: ['삭제', 'rm'] },
  ];

  test('returns pages that cover more concepts first, whatever their scores', () => {
    const hits = new Map([
      [
        '이미지',
        [
          { id: 'a', score: 9 },
          { id: 'b', score: 1 },
        ],
      ],
      ['rm', [{ id: 'b', score: 1 }]],
    ]);
    expect(rankPages(concepts, hits).map((page) => page.id)).toEqual(['b', 'a']);
  });

  test('returns the best word of a concept once, not the sum of its synonyms', () => {
    const hits = new Map([
      ['이미지', [{ id: 'a', score: 2 }]],
      [
        'image',
        [
          { id: 'a', score: 2 },
          { id: 'b', score: 3 },
        ],
      ],
    ]);
    expect(rankPages(concepts, hits).map(({ id, term }) => [id, term])).toEqual([
      ['b', 'image'],
      ['a', '이미지'],
    ]);
  });
});
