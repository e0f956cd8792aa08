/**
 * Query text as Pagefind sees words: Unicode-normalised, lower-case, split on spaces and on the
 * punctuation Pagefind drops, so a query word and an indexed word compare equal.
 */

const HANGUL = /[\uAC00-\uD7A3]/u;
const LATIN_THEN_HANGUL = /^([a-z0-9][a-z0-9._-]*)([\uAC00-\uD7A3]+)$/u;

/** NFC, lower case, one space between words, punctuation other than `-`, `.`, `_` turned into spaces. */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s._-]+/gu, ' ')
    .split(/\s+/u)
    .map((word) => word.replace(/^[._-]+|[._-]+$/gu, ''))
    .filter((word) => word.length > 0)
    .join(' ');
}

/** The words of a normalised query, in order. */
export function words(text: string): string[] {
  const normal = normalize(text);
  return normal === '' ? [] : normal.split(' ');
}

/** True when `word` holds at least one Hangul syllable. */
export function hasHangul(word: string): boolean {
  return HANGUL.test(word);
}

/** Splits `docker를` into `docker` and `를`; undefined when the word is not Latin followed by Hangul. */
export function splitLatinTail(word: string): { head: string; tail: string } | undefined {
  const match = LATIN_THEN_HANGUL.exec(word);
  if (!match?.[1] || !match[2]) return undefined;
  return { head: match[1], tail: match[2] };
}

/** The number of Hangul syllables and other characters, counting each as one. */
export function length(word: string): number {
  return [...word].length;
}
