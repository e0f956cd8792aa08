import { describe, expect, test } from 'vitest';
import { tocItems } from './toc.ts';

describe('tocItems', () => {
  test('returns h2 and h3 only, without the heading anchor sign', () => {
    const items = tocItems([
      { depth: 2, slug: 'a', text: '도커 설치 #' },
      { depth: 3, slug: 'b', text: '저장소 구성' },
      { depth: 4, slug: 'c', text: '너무 깊음' },
      { depth: 2, slug: 'd', text: '#' },
    ]);
    expect(items).toEqual([
      { depth: 2, slug: 'a', text: '도커 설치' },
      { depth: 3, slug: 'b', text: '저장소 구성' },
    ]);
  });
});
