import { describe, expect, test } from 'vitest';
import { completions, createDictionary, guesses, hasWord, isKnown, nearestWords, otherLayout } from './fallback.ts';

const dictionary = createDictionary([
  '컨테이너',
  '데스크탑',
  '볼륨',
  '이미지',
  '하이퍼바이저',
  '실행',
  '삭제',
  'runtime',
  'expose',
  'docker',
  'dockerfile',
  'images',
  'image',
  'attach',
]);

describe('otherLayout', () => {
  test.each([
    ['ehzj', '도커'],
    ['zjsxpdlsj', '컨테이너'],
    ['애찯ㄱ', 'docker'],
    ['ㅔㄴ', 'ps'],
  ])('returns %s typed with the keyboard in the other language as %s', (typed, meant) => {
    expect(otherLayout(typed)).toBe(meant);
  });

  test('returns undefined, not an error, for keys es-hangul cannot assemble (`host`)', () => {
    expect(otherLayout('host')).toBeUndefined();
  });

  test('returns undefined when the other layout does not read as whole syllables (`run` → ㄱㅕㅜ)', () => {
    expect(otherLayout('run')).toBeUndefined();
    expect(otherLayout('123')).toBeUndefined();
  });
});

describe('nearestWords', () => {
  test.each([
    ['볼룸', ['볼륨']],
    ['컨테이녀', ['컨테이너']],
    ['하이퍼바이져', ['하이퍼바이저']],
    ['싱행', ['실행']],
    // Two consonants swapped around their vowel count as one slip.
    ['데크스탑', ['데스크탑']],
  ])('returns the known word one jamo away from %s', (typo, expected) => {
    expect(nearestWords(typo, dictionary)).toEqual(expected);
  });

  test.each([
    ['attch', ['attach']],
    ['imgaes', ['images']],
    ['dockerfiel', ['dockerfile']],
  ])('returns the known English word a letter or two away from %s', (typo, expected) => {
    expect(nearestWords(typo, dictionary)).toEqual(expected);
  });

  test('returns nothing for a word too short to tell a slip from another word, or too far from any', () => {
    expect(nearestWords('볼', dictionary)).toEqual([]);
    expect(nearestWords('네트워크', dictionary)).toEqual([]);
    expect(nearestWords('imgs', dictionary)).toEqual([]);
    // Four letters: `made` is another word, not a slip of `mode`.
    expect(nearestWords('made', createDictionary(['mode']))).toEqual([]);
    expect(nearestWords('kubernetes', dictionary)).toEqual([]);
    // Two changes in a word of seven letters: another word, not a slip (`defined` is not `denied`).
    expect(nearestWords('defined', createDictionary(['denied']))).toEqual([]);
    // English letters swap only side by side: `dkcoer` (o and k two apart) is no slip of `docker`.
    expect(nearestWords('dkcoer', createDictionary(['docker']))).toEqual([]);
    // Jamo swap two apart only when both are consonants: `더코` (vowels swapped) is no slip of `도커`.
    expect(nearestWords('더코', createDictionary(['도커']))).toEqual([]);
  });
});

describe('completions', () => {
  const typed = createDictionary(['설치', '설치하기', '설정', '컨테이너']);

  test('returns the shortest known words a word caught mid-typing becomes', () => {
    expect(completions('설ㅊ', typed)).toEqual(['설치', '설치하기']);
    expect(completions('설ㅈ', typed)).toEqual(['설정']);
  });

  test('returns nothing for a whole word or one no known word continues', () => {
    expect(completions('설치', typed)).toEqual([]);
    expect(completions('설ㅋ', typed)).toEqual([]);
  });
});

describe('guesses', () => {
  test('returns the other keyboard layout, the nearest words and the English word a Korean spelling stands for', () => {
    expect(guesses('ehzj', dictionary)).toEqual(['도커']);
    expect(guesses('볼룸', dictionary)).toEqual(['볼륨']);
    expect(guesses('런타임', dictionary)).toEqual(['runtime']);
    expect(guesses('익스포즈', dictionary)).toEqual(['expose']);
  });
});

describe('hasWord and isKnown', () => {
  test('tell a whole known word from the start of one', () => {
    expect(hasWord('볼륨', dictionary)).toBe(true);
    expect(hasWord('볼', dictionary)).toBe(false);
    expect(isKnown('컨테', dictionary)).toBe(true);
    expect(hasWord('컨테', dictionary)).toBe(false);
    expect(hasWord('Runtime', dictionary)).toBe(true);
  });
});
