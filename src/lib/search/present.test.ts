import { describe, expect, test } from 'vitest';
import { excerpt, presentation } from './present.ts';
import { pageText, scorePage } from './score.ts';

describe('excerpt', () => {
  test('returns matched words in <mark>, the rest escaped', () => {
    const raw = ['<b>', '이미지를', '지웁니다'];
    expect(excerpt(raw, (index) => index === 1)).toBe('&lt;b&gt; <mark>이미지를</mark> 지웁니다');
  });
});

describe('presentation', () => {
  const text = pageText({
    url: '/lessons/c/',
    content: '컨테이너 명령. 설명. 컨테이너 중지 docker stop 컨테이너 제거 docker rm',
    meta: { title: '컨테이너 명령' },
    anchors: [
      { id: 'stop', text: '컨테이너 중지', location: 3 },
      { id: '제거', text: '컨테이너 제거', location: 7 },
    ],
  });
  const concepts = [{ covers: [0], terms: ['제거', 'rm'], weights: [1, 0.85] }];
  const shown = presentation('/lessons/c/', { title: '컨테이너 명령' }, scorePage(text, concepts, [1]), ['제거', 'rm']);

  test('returns the link to the answering section, named in the title, with its excerpt', () => {
    expect(shown.url).toBe('/lessons/c/#%EC%A0%9C%EA%B1%B0');
    expect(shown.meta['title']).toBe('컨테이너 명령 › 컨테이너 제거');
    expect(shown.excerpt).toContain('<mark>제거</mark>');
  });

  test('returns the answering sections as sub-results, best first', () => {
    expect(shown.sub_results.map((sub) => sub.title)).toEqual(['컨테이너 제거']);
  });
});
