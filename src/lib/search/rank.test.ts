import { describe, expect, test } from 'vitest';
import { readingForms, words } from './normalize.ts';
import { rankCandidates, rarity } from './rank.ts';

const concepts = [
  { covers: [0], terms: ['이미지', 'image'], weights: [1, 0.95] },
  { covers: [1], terms: ['삭제', 'rm'], weights: [1, 0.85] },
];

describe('rankCandidates', () => {
  test('returns pages that hold the rarer query words first, whatever their scores', () => {
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
    expect(rankCandidates(concepts, hits, [0.2, 1]).map((page) => page.id)).toEqual(['b', 'a']);
  });

  test('returns the best-weighted word of a concept as the page’s term', () => {
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
    expect(rankCandidates(concepts, hits, [1, 1]).map(({ id, term }) => [id, term])).toEqual([
      ['a', '이미지'],
      ['b', 'image'],
    ]);
  });
});

describe('rarity', () => {
  test('counts a page found only through a loose synonym as part of a page, so an exact file name stays rare', () => {
    const literal = [
      { covers: [0], terms: ['compose.yaml', 'compose'], weights: [1, 0.45] },
      { covers: [1], terms: ['차이'], weights: [1] },
    ];
    const loose = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, score: 1 }));
    const hits = new Map([
      ['compose.yaml', [{ id: 'a', score: 1 }]],
      ['compose', loose],
      [
        '차이',
        [
          { id: 'b', score: 1 },
          { id: 'c', score: 1 },
        ],
      ],
    ]);
    const [weighted = 0] = rarity(literal, hits, 8);
    const [flat = 0] = rarity([{ ...literal[0]!, weights: [1, 1] }, literal[1]!], hits, 8);
    expect(weighted).toBeGreaterThan(flat);
  });

  test('returns 1 for the rarest query word, less for a word on every page, 0 for a word on none', () => {
    const three = [...concepts, { covers: [2], terms: ['없는말'], weights: [1] }];
    const hits = new Map([
      ['이미지', ['a', 'b', 'c', 'd'].map((id) => ({ id, score: 1 }))],
      ['삭제', [{ id: 'a', score: 1 }]],
    ]);
    const [common = 0, rare = 0, none = 1] = rarity(three, hits, 4);
    expect(rare).toBe(1);
    expect(common).toBeLessThan(0.5);
    expect(none).toBe(0);
  });

  test('returns less for a word the analysis is unsure of', () => {
    const unsure = [concepts[0]!, { ...concepts[1]!, importance: 0.3 }];
    const hits = new Map([
      ['이미지', [{ id: 'a', score: 1 }]],
      ['삭제', [{ id: 'a', score: 1 }]],
    ]);
    expect(rarity(unsure, hits, 4)).toEqual([1, 0.3]);
  });

  test('returns, among pages holding the same query words, the ones whose title names them first', () => {
    const one = [{ covers: [0], terms: ['도커'], weights: [1] }];
    const hits = new Map([
      [
        '도커',
        [
          { id: 'often', score: 1, words: [1, 5, 9, 12, 30, 41] },
          { id: 'titled', score: 1, words: [0] },
        ],
      ],
    ]);
    const titles = new Map([
      ['often', words('도커 설치').slice(1).map(readingForms)],
      ['titled', words('도커란? 개념과 역할').map(readingForms)],
    ]);
    expect(rankCandidates(one, hits, [1]).map((page) => page.id)).toEqual(['often', 'titled']);
    expect(rankCandidates(one, hits, [1], titles).map((page) => page.id)).toEqual(['titled', 'often']);
  });
});
