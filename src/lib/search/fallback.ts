/**
 * Other spellings to try for a query word no page has: the word a word caught mid-typing becomes
 * (`설ㅊ` → `설치`), the same keys typed with the keyboard in
 * the other language (`ehzj` → `도커`, `애찯ㄱ` → `docker`), the nearest known word one or two jamo
 * away (`볼룸` → `볼륨`, `컨테이녀` → `컨테이너`) or a few letters away (`imgaes` → `images`,
 * `dockerfiel` → `dockerfile`), and the English word a Korean spelling stands for
 * (`런타임` → `runtime`). Known words are the lexicon's names and the words of the indexed pages.
 */
import { convertHangulToQwerty, convertQwertyToHangul, disassemble } from 'es-hangul';
import { distance } from 'fastest-levenshtein';
import { loanwordIndex, loanwordsFor, type LoanwordIndex } from './loanword.ts';

const SYLLABLES = /^[\uAC00-\uD7A3]+$/u;
const LATIN = /^[a-z]+$/u;
/** A lone jamo: English typed with the keyboard in Korean mode leaves some (`docker` → `애찯ㄱ`). */
const LONE_JAMO = /[\u3131-\u318E]/u;
/** How many guesses a word gets: more would bring in pages about something else. */
const MAX_GUESSES = 2;

/** A known word and the form slips are measured on (its jamo for Hangul, itself for English). */
interface Spelling {
  word: string;
  key: string;
}

export interface Dictionary {
  hangul: Spelling[];
  latin: Spelling[];
  loanwords: LoanwordIndex;
  /** Every known word in NFD, sorted, to tell whether a query word begins one. */
  sorted: string[];
}

/** Prepares the known words (Hangul words of two syllables or more, English words) for the fallbacks. */
export function createDictionary(known: readonly string[]): Dictionary {
  const unique = [...new Set(known.map((word) => word.toLowerCase()))];
  const english = unique.filter((word) => LATIN.test(word));
  return {
    hangul: unique
      .filter((word) => SYLLABLES.test(word) && word.length >= 2)
      .map((word) => ({ word, key: disassemble(word) })),
    latin: english.map((word) => ({ word, key: word })),
    loanwords: loanwordIndex(english),
    sorted: unique.map((word) => word.normalize('NFD')).sort(),
  };
}

/** The index of the first word of the sorted `list` that is not before `target`. */
function firstAtOrAfter(list: readonly string[], target: string): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((list[middle] ?? '') < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * True when some known word begins with `key` (compared in NFD, as Pagefind does, so `멈추` begins
 * `멈춘`), or when `key` is too short for the list to tell (Latin under three letters, one syllable).
 */
export function isKnown(key: string, dictionary: Dictionary): boolean {
  if (/^[a-z0-9]{1,2}$/u.test(key) || /^[\uAC00-\uD7A3]$/u.test(key)) return true;
  const target = key.normalize('NFD');
  return (dictionary.sorted[firstAtOrAfter(dictionary.sorted, target)] ?? '').startsWith(target);
}

/** True when `word` is itself one of the known words (not only the start of one). */
export function hasWord(word: string, dictionary: Dictionary): boolean {
  const target = word.toLowerCase().normalize('NFD');
  return dictionary.sorted[firstAtOrAfter(dictionary.sorted, target)] === target;
}

/**
 * The Hangul that Latin keys spell in the Korean layout; undefined where es-hangul cannot assemble
 * them (it throws for `host`: ㅗ, ㅗㅐ, ㄴ is no syllable).
 */
function qwertyToHangul(word: string): string | undefined {
  try {
    return convertQwertyToHangul(word);
  } catch {
    return undefined;
  }
}

/**
 * The word typed with the keyboard in the other language: Latin letters that read as whole Hangul
 * syllables, or Hangul with lone jamo that reads as Latin letters.
 */
export function otherLayout(word: string): string | undefined {
  if (LATIN.test(word)) {
    const hangul = qwertyToHangul(word);
    return hangul !== undefined && SYLLABLES.test(hangul) ? hangul : undefined;
  }
  if (!LONE_JAMO.test(word)) return undefined;
  const latin = convertHangulToQwerty(word).toLowerCase();
  return LATIN.test(latin) && latin.length >= 2 ? latin : undefined;
}

/** How many jamo a slip may change: one in a short word, two from four syllables on. */
function jamoTolerance(jamo: string): number {
  if (jamo.length < 4) return 0;
  return jamo.length >= 10 ? 2 : 1;
}

/**
 * How many letters a slip may change in an English word: none under five letters (too many words
 * are one letter apart: `made`, `mode`), one up to seven (`defined` is two from `denied`), two from eight.
 */
function letterTolerance(word: string): number {
  if (word.length < 5) return 0;
  return word.length >= 8 ? 2 : 1;
}

/** A consonant among the jamo es-hangul's `disassemble` gives (compatibility jamo ㄱ…ㅎ). */
const CONSONANT = /^[\u3131-\u314E]$/u;

/**
 * True when `a` is `b` with two letters swapped: neighbouring English letters (`imgaes`, `images`),
 * or in jamo (`gap` 2) neighbours or two consonants around a vowel (`데크스탑`: ㅋㅡㅅ for ㅅㅡㅋ in
 * `데스크탑`).
 */
function swapped(a: string, b: string, gap: number): boolean {
  if (a.length !== b.length) return false;
  const differ = [...a].flatMap((letter, index) => (letter === b[index] ? [] : [index]));
  const [first, second] = differ;
  if (differ.length !== 2 || first === undefined || second === undefined) return false;
  const apart = second - first;
  const letters = [a[first] ?? '', a[second] ?? ''];
  return (
    a[first] === b[second] &&
    a[second] === b[first] &&
    (apart === 1 || (apart <= gap && letters.every((letter) => CONSONANT.test(letter))))
  );
}

/** Changes from `typed` to `key`, a swap counting as one (`gap`: how far apart the swapped letters may be). */
function slips(typed: string, key: string, gap: number): number {
  const cost = distance(typed, key);
  return cost === 2 && swapped(typed, key, gap) ? 1 : cost;
}

/** The words of `known` closest to `typed`, at most `limit` changes away; ties in alphabetical order. */
function closest(typed: string, known: readonly Spelling[], limit: number, gap: number): string[] {
  if (limit === 0) return [];
  const scored = known
    .map((entry) => ({ word: entry.word, cost: slips(typed, entry.key, gap) }))
    .filter((entry) => entry.cost > 0 && entry.cost <= limit);
  const best = Math.min(...scored.map((entry) => entry.cost));
  return scored
    .filter((entry) => entry.cost === best)
    .map((entry) => entry.word)
    .sort((a, b) => a.localeCompare(b))
    .slice(0, MAX_GUESSES);
}

/**
 * The known words closest to `word`: Hangul words within a jamo or two, English words within a
 * letter or two, by the word's length.
 */
export function nearestWords(word: string, dictionary: Dictionary): string[] {
  if (SYLLABLES.test(word)) {
    const jamo = disassemble(word);
    return closest(jamo, dictionary.hangul, jamoTolerance(jamo), 2);
  }
  return LATIN.test(word) ? closest(word, dictionary.latin, letterTolerance(word), 1) : [];
}

/** Syllables and one consonant typed after them: a word caught mid-typing (`설ㅊ` on the way to `설치`). */
const UNFINISHED = /^[\uAC00-\uD7A3]+[\u3131-\u314E]$/u;

/** The shortest known words a word caught mid-typing may become (`설ㅊ` → `설치`), compared in jamo. */
export function completions(word: string, dictionary: Dictionary): string[] {
  if (!UNFINISHED.test(word)) return [];
  const typed = disassemble(word);
  return dictionary.hangul
    .filter((entry) => entry.key.startsWith(typed))
    .map((entry) => entry.word)
    .sort((a, b) => a.length - b.length || a.localeCompare(b))
    .slice(0, MAX_GUESSES);
}

/** Spellings to search for a word no page has, most likely first. */
export function guesses(word: string, dictionary: Dictionary): string[] {
  const layout = otherLayout(word);
  const found = [
    ...completions(word, dictionary),
    ...(layout === undefined ? [] : [layout]),
    ...nearestWords(word, dictionary),
    ...(SYLLABLES.test(word) ? loanwordsFor(word, dictionary.loanwords, MAX_GUESSES) : []),
  ];
  return [...new Set(found)].filter((guess) => guess !== word);
}
