import { describe, expect, test } from 'vitest';
import { englishSkeleton, hangulSkeleton, loanwordIndex, loanwordsFor } from './loanword.ts';

describe('hangulSkeleton and englishSkeleton', () => {
  test.each([
    ['런타임', 'runtime'],
    ['오버레이', 'overlay'],
    ['익스포즈', 'expose'],
    ['쿠버네티스', 'kubernetes'],
    ['어태치', 'attach'],
    ['센토스', 'centos'],
    ['카피', 'copy'],
    ['컨테이너', 'container'],
    ['마운트', 'mount'],
  ])('returns the same consonants for %s and %s', (korean, english) => {
    expect(hangulSkeleton(korean)).toBe(englishSkeleton(english));
  });

  test('returns different consonants for words that sound different', () => {
    expect(hangulSkeleton('볼륨')).not.toBe(englishSkeleton('image'));
  });

  test('returns an empty skeleton for a word with lone jamo', () => {
    expect(hangulSkeleton('애찯ㄱ')).toBe('');
  });
});

describe('loanwordsFor', () => {
  test('returns the English words a Korean spelling may stand for, closest romanisation first', () => {
    const index = loanwordIndex(['runtime', 'rename', 'read', 'light', 'docker', 'ps']);
    expect(loanwordsFor('런타임', index)).toEqual(['runtime']);
    expect(loanwordsFor('리드', index)).toEqual(['read', 'light']);
  });

  test('returns the word without English -ing when the pages have only that (`태깅` → tag)', () => {
    expect(loanwordsFor('태깅', loanwordIndex(['tag', 'build']))).toEqual(['tag']);
    expect(loanwordsFor('빌딩', loanwordIndex(['tag', 'build']))).toEqual(['build']);
    expect(loanwordsFor('태그', loanwordIndex(['tag']))).toEqual(['tag']);
    expect(loanwordsFor('태깅이', loanwordIndex(['tag']))).toEqual([]);
  });

  test('returns nothing for a skeleton of one consonant (too many words share it)', () => {
    expect(loanwordsFor('유니온', loanwordIndex(['union', 'one']))).toEqual([]);
  });
});
