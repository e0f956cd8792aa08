/**
 * Query text as Pagefind sees words: Unicode-normalised, lower-case, split on spaces and on the
 * punctuation Pagefind drops, so a query word and an indexed word compare equal. `indexForms` is
 * how Pagefind 1.x indexes one word of a page, so the file:// index and the ranking match it.
 */

const HANGUL = /[\uAC00-\uD7A3]/u;
const LATIN_THEN_HANGUL = /^([a-z0-9][a-z0-9._-]*)([\uAC00-\uD7A3]+)$/u;
/** A laugh, a sigh or a slipped vowel typed onto the end of a word (`종류ㅠ`, `설치ㅋㅋ`, `설치ㅣ`). */
const TRAILING_JAMO = /(?<=[\uAC00-\uD7A3])[ㅋㅎㅏ-ㅣ]+$/u;
/** What Pagefind removes from a word before indexing it (`[^\w]` in Rust's Unicode regex). */
const NOT_WORD = /[^\p{L}\p{M}\p{N}\p{Pc}]/gu;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/gu;

/** NFKC, except for lone jamo (ㄱ, ㅔ), which NFKC would turn into the conjoining kind no one types. */
function compatible(text: string): string {
  return text.replace(/[^\u3131-\u318E]+/gu, (run) => run.normalize('NFKC'));
}

/** NFKC, lower case, one space between words, punctuation other than `-`, `.`, `_` turned into spaces. */
export function normalize(text: string): string {
  return compatible(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s._-]+/gu, ' ')
    .split(/\s+/u)
    .map((word) => word.replace(/^[._-]+|[._-]+$/gu, '').replace(TRAILING_JAMO, ''))
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

const HANGUL_THEN_DIGITS = /^([\uAC00-\uD7A3]+)(\d+)([\uAC00-\uD7A3]*)$/u;

/** Splits `타입2인가요` into `타입`, `2` and `인가요` (pages write `Type 2`); undefined for other words. */
export function splitNumber(word: string): { head: string; number: string; tail: string } | undefined {
  const match = HANGUL_THEN_DIGITS.exec(word);
  if (!match?.[1] || !match[2]) return undefined;
  return { head: match[1], number: match[2], tail: match[3] ?? '' };
}

/** The number of Hangul syllables and other characters, counting each as one. */
export function length(word: string): number {
  return [...word].length;
}

/** A word as Pagefind compares it: lower case, without punctuation (`docker.sock` → `dockersock`). */
export function wordKey(word: string): string {
  return word.toLowerCase().replace(NOT_WORD, '');
}

/** The parts of a compound: split at ASCII punctuation, lower→upper case and letter↔digit changes. */
function compoundParts(raw: string): string[] {
  return raw
    .replace(ASCII_PUNCTUATION, ' ')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{L})(\p{N})|(\p{N})(\p{L})/gu, (_, a?: string, b?: string, c?: string, d?: string) =>
      a !== undefined ? `${a} ${b ?? ''}` : `${c ?? ''} ${d ?? ''}`,
    )
    .toLowerCase()
    .split(/\s+/u)
    .map(wordKey)
    .filter((part) => new TextEncoder().encode(part).length > 1);
}

/**
 * The words Pagefind indexes for one whitespace-separated word of a page: the word without
 * punctuation, and for a compound (`docker-compose.yml`, `WSL2`) each of its parts too.
 */
export function indexForms(raw: string): string[] {
  const whole = wordKey(raw);
  const compound = /[^\p{L}\p{N}]/u.test(raw) || /\p{Lu}/u.test([...raw].slice(1).join(''));
  if (!compound) return whole === '' ? [] : [whole];
  const parts = compoundParts(raw).filter((part) => part !== whole);
  return [...(whole === '' ? [] : [whole]), ...new Set(parts)];
}

/**
 * The words a reader sees in one written word, for ranking: what Pagefind indexes, and also the
 * parts between any punctuation (`start·stop·rm` holds `stop` and `rm`; Pagefind splits at ASCII
 * punctuation only).
 */
export function readingForms(raw: string): string[] {
  const forms = indexForms(raw);
  const parts = raw
    .split(/[\p{P}\p{S}]+/u)
    .map(wordKey)
    .filter((part) => part !== '' && !forms.includes(part));
  return [...forms, ...new Set(parts)];
}

/** The query's search words as Pagefind compares them. */
export function queryKeys(terms: readonly string[]): string[] {
  return [...new Set(terms.flatMap((term) => words(term).map(wordKey)))].filter((key) => key !== '');
}
