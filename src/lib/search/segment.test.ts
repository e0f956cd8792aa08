import { describe, expect, test } from 'vitest';
import { createDictionary } from './fallback.ts';
import { createLexicon } from './lexicon.ts';
import { respace, segment } from './segment.ts';

const lexicon = createLexicon(
  [
    { names: ['도커', 'docker'] },
    { names: ['셸 스크립트', '쉘스크립트'] },
    { names: ['삭제', '제거'] },
    { names: ['실행'], stems: ['런'], commands: ['run'] },
  ],
  [],
  [],
);
const dictionary = createDictionary([
  ...['도커', '컨테이너', '목록', '이미지', '삭제', '기대', '효과', '컨테이너를'],
  ...['주요', '기능', '도커파일', '파일', '로키', '리눅스', 'rockylinux', '받아', '저요'],
]);

describe('segment', () => {
  test.each([
    ['도커컨테이너목록', ['도커', '컨테이너', '목록']],
    ['이미지삭제가안돼요', ['이미지', '삭제가', '안돼요']],
    ['기대효과', ['기대', '효과']],
    ['컨테이너끼리목록으로', ['컨테이너끼리', '목록으로']],
    ['도커런', ['도커', '런']],
    ['주요긴능', ['주요', '긴능']],
    // A loanword guess for the whole run (rockylinux) is no jamo slip: the run is still spaced.
    ['로키리녹스', ['로키', '리녹스']],
  ])('%s → %j', (word, expected) => {
    expect(segment(word, lexicon, dictionary)).toEqual(expected);
  });

  test.each([
    ['쉘스크립트', 'a name the lexicon knows'],
    ['컨테이너를', 'a page word and its particle'],
    ['컨테이녀목', 'no two known words'],
    ['컨테이너화', 'one known word and a syllable the lexicon does not know'],
    ['도커', 'too short'],
    ['도커퍄일', 'a slip of one known word as a whole'],
    ['받아져요', 'a verb ending, not a slip of a word'],
    ['docker-compose', 'not Hangul'],
  ])('leaves %s whole (%s)', (word) => {
    expect(segment(word, lexicon, dictionary)).toBeUndefined();
  });
});

describe('respace', () => {
  test('spaces only the runs it can split, keeping the rest of the query as typed', () => {
    expect(respace('도커컨테이너목록 보는 법', lexicon, dictionary)).toBe('도커 컨테이너 목록 보는 법');
  });
});
