/**
 * Reading time for Korean lessons. Korean is counted in characters, not in words between spaces:
 * one eojeol (어절) can hold a noun and three particles, so a word count says little. The rates are
 * Medium's published ones (500 characters a minute for Korean, Chinese and Japanese; 265 words a
 * minute for Latin-script words); code is read slowly, token by token, at 100 tokens a minute.
 */

export const READING_RATES = {
  /** Hangul syllables and Han characters a minute. */
  characters: 500,
  /** Latin-script words (Docker, Compose, run) in prose a minute. */
  words: 265,
  /** Whitespace-separated tokens of code (`docker`, `run`, `-d`) a minute. */
  codeTokens: 100,
} as const;

const CJK = /[\p{Script=Hangul}\p{Script=Han}]/gu;
const LATIN_WORD = /[\p{L}\p{N}]+/gu;
const TOKEN = /\S+/gu;

export interface TextCounts {
  characters: number;
  words: number;
  codeTokens: number;
}

/** Counts what a reader reads in `prose` (characters and words) and in `code` (tokens). */
export function countText(prose: string, code: string): TextCounts {
  const characters = prose.match(CJK)?.length ?? 0;
  const words = prose.replace(CJK, ' ').match(LATIN_WORD)?.length ?? 0;
  const codeTokens = code.match(TOKEN)?.length ?? 0;
  return { characters, words, codeTokens };
}

/** Minutes to read `prose` and `code` at READING_RATES, rounded up; 1 at least, 0 for nothing at all. */
export function readingMinutes(prose: string, code: string): number {
  const { characters, words, codeTokens } = countText(prose, code);
  const minutes =
    characters / READING_RATES.characters + words / READING_RATES.words + codeTokens / READING_RATES.codeTokens;
  return minutes === 0 ? 0 : Math.max(1, Math.ceil(minutes));
}
