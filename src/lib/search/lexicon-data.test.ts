import { describe, expect, test } from 'vitest';
import { inOrder, pageWords, partTitles } from './lexicon-data.ts';

describe('pageWords', () => {
  test('returns the distinct Hangul stems and English words of the pages, sorted', () => {
    const words = pageWords([{ url: '/a/', content: '컨테이너를 실행합니다. Docker run, a b 컨테이너' }]);
    expect(words).toEqual(['docker', 'run', '실행', '컨테이너']);
  });
});

describe('partTitles', () => {
  test('returns the titles of the parts in course order', () => {
    expect(
      partTitles([
        { id: 'b', title: '둘', order: 2 },
        { id: 'a', title: '하나', order: 1 },
      ]),
    ).toEqual(['하나', '둘']);
    expect(partTitles(null)).toEqual([]);
  });
});

describe('inOrder', () => {
  test('returns the filter values in the given order, others after', () => {
    const counts = { part: { 둘: 2, 셋: 1, 하나: 3 } };
    expect(Object.keys(inOrder(counts, 'part', ['하나', '둘']).part ?? {})).toEqual(['하나', '둘', '셋']);
  });
});
