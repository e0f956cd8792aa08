import { describe, expect, test } from 'vitest';
import { analyzeQuery, searchTerms } from './analyze.ts';
import { BUILTIN_TERMS } from './builtin-terms.ts';
import { createLexicon } from './lexicon.ts';

const lexicon = createLexicon(BUILTIN_TERMS, [{ ko: '도커 허브', en: 'Docker Hub' }]);
const primaries = (query: string): string[] =>
  analyzeQuery(query, lexicon)
    .filter((concept) => concept.covers.length === 1)
    .map((concept) => concept.terms[0] ?? '');

describe('analyzeQuery', () => {
  test.each([
    ['이미지를 지우는 법', ['이미지', '지우']],
    ['컨테이너를 실행하려면 어떻게 해야 하나요?', ['컨테이너', '실행']],
    ['Dockerfile을 빌드하는 방법', ['dockerfile', '빌드']],
    ['docker exec', ['docker', 'exec']],
    ['우분투', ['우분투']],
    ['어떻게 하는 법', []],
  ])('keeps the subject words of %s', (query, expected) => {
    expect(primaries(query)).toEqual(expected);
  });

  test('expands a Korean spelling to the English name and back', () => {
    expect(analyzeQuery('우분투', lexicon)[0]?.terms).toContain('ubuntu');
    expect(analyzeQuery('Ubuntu', lexicon)[0]?.terms).toContain('우분투');
  });

  test('expands an everyday verb to the words and commands the lessons use', () => {
    expect(analyzeQuery('지우는', lexicon)[0]?.terms).toEqual(expect.arrayContaining(['삭제', 'rm', 'rmi']));
  });

  test('returns a joined concept for two Hangul words and the spaced form for a compound', () => {
    const joined = analyzeQuery('도커 허브', lexicon).at(-1);
    expect(joined?.covers).toEqual([0, 1]);
    expect(joined?.terms).toEqual(expect.arrayContaining(['도커허브', '도커 허브', 'docker hub']));
    expect(analyzeQuery('도커허브', lexicon)[0]?.terms).toContain('도커 허브');
  });

  test('returns the spaced halves of an unknown long Hangul word', () => {
    expect(analyzeQuery('포트충돌', lexicon)[0]?.terms).toEqual(['포트충돌', 'port conflict', '포트 충돌']);
  });

  test('keeps a particle-only tail out of a Latin word', () => {
    expect(analyzeQuery('mysql에', lexicon)[0]?.terms[0]).toBe('mysql');
  });
});

describe('searchTerms', () => {
  test('returns each search word once', () => {
    const terms = searchTerms(analyzeQuery('이미지 이미지를', lexicon));
    expect(terms.filter((term) => term === '이미지')).toHaveLength(1);
  });
});

describe('analyzeQuery with a compound of two known words', () => {
  test('returns the spaced halves in their other spelling too', () => {
    expect(analyzeQuery('로키리눅스', lexicon)[0]?.terms).toEqual([
      '로키리눅스',
      'rocky linux',
      '로키 리눅스',
      '로키리 눅스',
    ]);
  });
});
