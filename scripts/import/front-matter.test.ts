import { describe, expect, test } from 'vitest';
import type { Block } from './reading.ts';
import { readFrontMatter } from './front-matter.ts';

describe('readFrontMatter', () => {
  test('returns the title as a heading and the other fields as a comment', () => {
    const blocks: Block[] = [];
    const markup = new Set<number>();
    const next = readFrontMatter(['---', 'title: 도커 볼륨', 'date: 2023-01-01', '---', '본문'], blocks, markup);
    expect(next).toBe(4);
    expect(blocks).toEqual([
      { kind: 'heading', rank: 1, text: '도커 볼륨', line: 2 },
      { kind: 'comment', text: 'date: 2023-01-01', line: 2 },
    ]);
    expect([...markup]).toEqual([1, 4]);
  });

  test.each([[['---', '본문']], [['제목', '---']], [['---', '- a', '- b', '---']]])(
    'returns 0 for %j, which opens with no front matter',
    (lines) => {
      expect(readFrontMatter(lines, [], new Set())).toBe(0);
    },
  );
});
