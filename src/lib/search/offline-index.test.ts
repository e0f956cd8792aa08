import { describe, expect, test } from 'vitest';
import { fragmentPath, offlineIndexScript, toOfflinePage } from './offline-index.ts';

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
