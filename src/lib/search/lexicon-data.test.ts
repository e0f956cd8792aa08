import { describe, expect, test } from 'vitest';
import { inOrder, pageTitles, pageWords, partTitles, searchContext } from './lexicon-data.ts';
import { QUESTIONS } from './offline-index.ts';

describe('pageWords', () => {
  test('returns the distinct Hangul stems and English words of the pages, sorted', () => {
    const words = pageWords([
      { url: '/a/', content: '컨테이너를 실행합니다. Docker run, a b 컨테이너 libcontainer로 centos7-1' },
    ]);
    expect(words).toEqual(['centos7', 'docker', 'libcontainer', 'run', '실행', '컨테이너']);
  });

  test('leaves out the words of a lesson’s questions list, from its anchor for as many words as its meta text', () => {
    const content = '컨테이너 설명. 컨테이너는 뭐가 달라요? 덧붙임 볼륨 설명.';
    const anchors = [{ element: 'ul', id: QUESTIONS.id, text: '', location: 2 }];
    const meta = { title: '컨테이너', [QUESTIONS.meta]: '컨테이너는 뭐가 달라요? 덧붙임' };
    expect(pageWords([{ url: '/a/', content, anchors, meta }])).toEqual(['볼륨', '설명', '컨테이너']);
    expect(pageWords([{ url: '/a/', content, anchors }])).toContain('달라');
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

describe('pageTitles', () => {
  test('returns each page’s title by its result id, which the search context reads as title words', () => {
    const titles = pageTitles([
      { id: 'ko_1', fragment: { url: '/a/', content: '', meta: { title: 'Docker란? 개념' } } },
      { id: 'ko_2', fragment: { url: '/b/', content: '' } },
    ]);
    expect(titles).toEqual({ ko_1: 'Docker란? 개념', ko_2: '' });
    const context = searchContext({
      glossary: [],
      vocabulary: { terms: [], fillers: [] },
      words: [],
      pages: 2,
      titles,
    });
    expect(context.titles.get('ko_1')).toEqual([['docker란'], ['개념']]);
  });
});
