import { describe, expect, test } from 'vitest';
import { countText, readingMinutes } from './reading-time.ts';

describe('countText', () => {
  test('returns Hangul characters, not space-separated words, for Korean prose', () => {
    expect(countText('도커는 컨테이너를 실행합니다.', '')).toEqual({ characters: 13, words: 0, codeTokens: 0 });
  });

  test('returns Latin words apart from the Korean particles stuck to them', () => {
    expect(countText('Docker Engine을 설치하고 docker-compose를 씁니다', '')).toEqual({
      characters: 9,
      words: 4,
      codeTokens: 0,
    });
  });

  test('returns the whitespace-separated tokens of code', () => {
    expect(countText('', '$ docker run -d --name web nginx\n$ docker ps')).toEqual({
      characters: 0,
      words: 0,
      codeTokens: 10,
    });
  });
});

describe('readingMinutes', () => {
  test('returns 0 for a lesson with nothing to read', () => {
    expect(readingMinutes('  ', '')).toBe(0);
  });

  test('returns 1 minute at least', () => {
    expect(readingMinutes('짧은 글', '')).toBe(1);
  });

  test.each([
    ['1,000 Korean characters', '가'.repeat(1000), '', 2],
    ['1,001 Korean characters', '가'.repeat(1001), '', 3],
    ['530 English words', 'word '.repeat(530), '', 2],
    ['200 code tokens', '', 'ls '.repeat(200), 2],
    ['the three together', '가'.repeat(500), 'ls '.repeat(100), 2],
  ])('returns whole minutes, rounded up, for %s', (_name, prose, code, minutes) => {
    expect(readingMinutes(prose, code)).toBe(minutes);
  });

  test('returns more minutes for Korean than a word count would give', () => {
    // 100 eojeol of 5 syllables: 500 characters, one minute at 500 a minute; as 100 "words" it would be under half a minute.
    const prose = Array.from({ length: 100 }, () => '컨테이너를').join(' ');
    expect(countText(prose, '').characters).toBe(500);
    expect(readingMinutes(prose, '')).toBe(1);
  });
});
