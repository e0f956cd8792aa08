import { describe, expect, test } from 'vitest';
import type { Concept } from '../../src/lib/search/analyze.ts';
import { describeReading } from './explain.ts';

const concept = (index: number, terms: string[], importance?: number): Concept => ({
  covers: [index],
  terms,
  weights: terms.map(() => 1),
  ...(importance === undefined ? {} : { importance }),
});

describe('describeReading', () => {
  test('gives each query word its search words, its guesses, its weight, or that it was not searched', () => {
    const typed = [
      concept(0, ['컨테이너', 'container']),
      concept(1, ['볼룸']),
      concept(2, ['차이'], 0.3),
      concept(3, ['뭐였더라']),
      { covers: [0, 1], terms: ['컨테이너볼룸'], weights: [1] },
    ];
    const read = [typed[0]!, concept(1, ['볼륨', 'volume']), typed[2]!, concept(3, ['뭐였더라'], 0), typed[4]!];
    expect(describeReading({ typed, read })).toEqual([
      '컨테이너 → 컨테이너, container',
      '볼룸 → guessed, no page has it: 볼륨, volume',
      '차이 → 차이; counts 0.3 of a word',
      '뭐였더라 → not searched (no page has it, or it only shapes the question)',
    ]);
  });

  test('counts the search words past the sixth', () => {
    const many = concept(0, ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    expect(describeReading({ typed: [many], read: [many] })).toEqual(['a → a, b, c, d, e, f (+2)']);
  });
});
