import { describe, expect, test } from 'vitest';
import {
  fragmentPath,
  misplacedQuestions,
  offlineIndexScript,
  toOfflinePage,
  QUESTIONS,
  questionsSpan,
  cutQuestions,
} from './offline-index.ts';

describe('fragmentPath', () => {
  test.each([
    ['/lessons/x/', '/', 'lessons/x/index.html'],
    ['/docker-course/lessons/x/', '/docker-course/', 'lessons/x/index.html'],
    ['/', '/', 'index.html'],
  ])('returns the file path of %s under %s', (url, base, expected) => {
    expect(fragmentPath(url, base)).toBe(expected);
  });
});

describe('toOfflinePage', () => {
  test('returns sections cut at the anchors, the text before the first one under the page title', () => {
    const page = toOfflinePage(
      {
        url: '/lessons/x/',
        content: '제목. 소개 문장. 설치 방법 docker run',
        meta: { title: '제목' },
        filters: { part: ['준비'] },
        anchors: [{ id: 'install', text: '설치 방법', location: 3 }],
      },
      '/',
    );
    expect(page).toEqual({
      id: '/lessons/x/',
      path: 'lessons/x/index.html',
      title: '제목',
      filters: { part: ['준비'] },
      sections: [
        { id: '', title: '제목', text: '제목. 소개 문장.' },
        { id: 'install', title: '설치 방법', text: '설치 방법 docker run' },
      ],
    });
  });
});

describe('offlineIndexScript', () => {
  test('returns a script assigning the index, with no `</script>` left in the data', () => {
    const script = offlineIndexScript(
      {
        lexicon: { glossary: [], vocabulary: { terms: [], fillers: [] }, words: [], pages: 1 },
        pages: [{ id: 'a', path: 'a', title: '</script>', filters: {}, sections: [] }],
      },
      'g',
    );
    expect(script).not.toContain('</script>');
    expect(script.startsWith('window["g"]=')).toBe(true);
  });
});

describe('toOfflinePage with anchors that are not headings', () => {
  test('returns sections cut at headings only', () => {
    const page = toOfflinePage(
      {
        url: '/x/',
        content: '제목. 그림 설명 본문 설치 방법',
        meta: { title: '제목' },
        anchors: [
          { element: 'figure', id: 'diagram', text: '그림 설명', location: 1 },
          { element: 'h2', id: 'install', text: '설치 방법', location: 4 },
        ],
      },
      '/',
    );
    expect(page.sections.map((section) => section.id)).toEqual(['', 'install']);
  });
});

describe('questionsSpan', () => {
  const content = '도커 설치. 어떻게 깔아요? 덧붙임 설치 명령 dnf install';
  const anchors = [
    { element: 'ul', id: QUESTIONS.id, text: '', location: 2 },
    { element: 'h2', id: 'install', text: '설치', location: 5 },
  ];
  const meta = { title: '도커 설치', [QUESTIONS.meta]: '어떻게 깔아요? 덧붙임' };

  test('returns where the list stands: from its anchor, as many words as its meta text', () => {
    expect(questionsSpan({ url: '/a/', content, anchors, meta })).toEqual([2, 5]);
  });

  test('returns undefined without the anchor or the meta text', () => {
    expect(questionsSpan({ url: '/a/', content, anchors: anchors.slice(1), meta })).toBeUndefined();
    expect(questionsSpan({ url: '/a/', content, anchors, meta: { title: '도커 설치' } })).toBeUndefined();
  });

  test('returns undefined when the words there are not the meta text, or the list runs past the first heading', () => {
    const glued = { ...meta, [QUESTIONS.meta]: '어떻게 깔아요?덧붙임' };
    expect(questionsSpan({ url: '/a/', content, anchors, meta: glued })).toBeUndefined();
    const late = [anchors[1]!, { ...anchors[0]!, location: 6 }];
    expect(questionsSpan({ url: '/a/', content, anchors: late, meta })).toBeUndefined();
  });
});

describe('misplacedQuestions', () => {
  test('returns the pages whose questions list search cannot read, and only those', () => {
    const listed = { url: '/lessons/a/', content: '가 나 다', meta: { title: '가', [QUESTIONS.meta]: '나' } };
    const read = { ...listed, anchors: [{ element: 'ul', id: QUESTIONS.id, text: '', location: 1 }] };
    expect(misplacedQuestions([read, { ...listed, url: '/lessons/b/' }, { url: '/lessons/c/', content: '' }])).toEqual([
      '/lessons/b/',
    ]);
  });
});

describe('cutQuestions', () => {
  test('returns the words without the list, and the list', () => {
    expect(cutQuestions(['a', 'b', 'c', 'd'], [1, 3])).toEqual({ rest: ['a', 'd'], questions: ['b', 'c'] });
    expect(cutQuestions(['a'], undefined)).toEqual({ rest: ['a'], questions: [] });
  });
});
