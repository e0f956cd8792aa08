/**
 * Spaces a run of Hangul typed without spaces (`도커컨테이너목록`, `이미지삭제가안돼요`) into the words
 * the pages and the lexicon know, so each is searched as its own concept. Only a word nothing knows
 * is split: `쉘스크립트` (a name) and `컨테이너를` (a page word with a particle) stay whole.
 */
import { isSpokenVerb, stem } from './endings.ts';
import { hasWord, isKnown, nearestWords, type Dictionary } from './fallback.ts';
import { lookup, type Lexicon } from './lexicon.ts';

const HANGUL_RUN = /^[\uAC00-\uD7A3]{3,}$/u;

/** True when `piece` (particle and all) is a whole word the pages or the lexicon know. */
function isWord(piece: string, lexicon: Lexicon, dictionary: Dictionary): boolean {
  const base = stem(piece);
  return [...base].length >= 2 && (hasWord(base, dictionary) || lookup(lexicon, base) !== undefined);
}

/**
 * The fewest known words that spell `word` from its start, each of two syllables or more, with what
 * is left at the end (a verb like `안돼요`, or nothing) kept as its own word; undefined when the word is
 * known as it is, or when one known word is found and what follows is neither a word the lexicon
 * knows nor a slip of a page word (`주요긴능`: 긴능 for 기능).
 */
export function segment(word: string, lexicon: Lexicon, dictionary: Dictionary): string[] | undefined {
  if (!HANGUL_RUN.test(word) || lookup(lexicon, word) || lookup(lexicon, stem(word))) return undefined;
  if (isKnown(stem(word), dictionary)) return undefined;
  const syllables = [...word];
  // best[i]: the fewest known pieces spelling the first i syllables.
  const best: (string[] | undefined)[] = [[]];
  for (let end = 2; end <= syllables.length; end += 1) {
    for (let start = 0; start <= end - 2; start += 1) {
      const before = best[start];
      const piece = syllables.slice(start, end).join('');
      if (before === undefined || !isWord(piece, lexicon, dictionary)) continue;
      const current = best[end];
      if (current === undefined || before.length + 1 < current.length) best[end] = [...before, piece];
    }
  }
  for (let end = syllables.length; end >= 2; end -= 1) {
    const pieces = best[end];
    if (pieces === undefined || pieces.length === 0) continue;
    const rest = syllables.slice(end).join('');
    const spelled = rest === '' ? pieces : [...pieces, rest];
    // One known word is enough when what follows is a word the lexicon knows too (`도커런` → 도커 런),
    // or a slip of a known word when the run as a whole is no slip of one (`주요긴능` → 주요 긴능).
    const slipped = () =>
      [...rest].length >= 2 &&
      stem(rest) === rest &&
      !isSpokenVerb(rest) &&
      nearestWords(rest, dictionary).length > 0 &&
      nearestWords(word, dictionary).length === 0;
    return pieces.length >= 2 || (rest !== '' && (lookup(lexicon, rest) !== undefined || slipped()))
      ? spelled
      : undefined;
  }
  return undefined;
}

/** The query with every such run spaced into its words. */
export function respace(query: string, lexicon: Lexicon, dictionary: Dictionary): string {
  return query
    .split(/(\s+)/u)
    .map((part) => segment(part, lexicon, dictionary)?.join(' ') ?? part)
    .join('');
}
