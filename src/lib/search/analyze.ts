/**
 * Turns what a student types into concepts to search for: each concept is one thing the query asks
 * about, with the words any of which may stand for it (`이미지를` → `이미지`, `image`; `지우는` →
 * `지우`, `삭제`, `rm`). Adjacent words also form a joined concept (`도커 허브` → `도커허브`), and a long
 * word also tries its spaced halves (`도커허브` → `도커 허브`).
 */
import { stem, isEndingOnly } from './endings.ts';
import { isFiller } from './fillers.ts';
import { compact, synonyms, type Lexicon } from './lexicon.ts';
import { hasHangul, length, splitLatinTail, words } from './normalize.ts';

export interface Concept {
  /** The query words this concept stands for, by position among the kept words. */
  covers: number[];
  /** Search words, the stem first; any one of them matching a page covers the concept. */
  terms: string[];
}

const MAX_TERMS = 8;

function pieces(word: string): string[] {
  const split = splitLatinTail(word);
  if (!split) return [word];
  return isEndingOnly(split.tail) ? [split.head] : [split.head, split.tail];
}

/** `로키리눅스` → `로키 리눅스`, `로키리 눅스`; halves the lexicon knows also in their other spelling (`rocky linux`). */
function spacedHalves(word: string, lexicon: Lexicon): string[] {
  const syllables = [...word];
  if (!hasHangul(word) || syllables.length < 4) return [];
  const halves: string[] = [];
  for (let cut = 2; cut <= syllables.length - 2; cut += 1) {
    const left = syllables.slice(0, cut).join('');
    const right = syllables.slice(cut).join('');
    const lefts = synonyms(lexicon, left);
    const rights = synonyms(lexicon, right);
    halves.push(`${left} ${right}`);
    if (lefts && rights)
      halves.unshift(
        `${lefts.find((name) => !hasHangul(name)) ?? left} ${rights.find((name) => !hasHangul(name)) ?? right}`,
      );
  }
  return halves;
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list.filter((item) => item !== ''))].slice(0, MAX_TERMS);
}

function conceptTerms(word: string, lexicon: Lexicon): string[] | undefined {
  if (isFiller(word)) return undefined;
  const known = synonyms(lexicon, word);
  const base = hasHangul(word) ? stem(word) : word;
  const group = known ?? synonyms(lexicon, base);
  if (isFiller(base) && !group) return undefined;
  if (hasHangul(base) && length(base) < 2 && !group) return undefined;
  const head = group?.includes(word) ? word : base;
  return unique([head, ...(group ?? []), ...(group ? [] : spacedHalves(base, lexicon))]);
}

/** The concepts of a query, in order, followed by the joined concepts of adjacent words. */
export function analyzeQuery(query: string, lexicon: Lexicon): Concept[] {
  const kept = words(query)
    .flatMap(pieces)
    .map((word) => conceptTerms(word, lexicon))
    .filter((terms): terms is string[] => terms !== undefined);
  const concepts: Concept[] = kept.map((terms, index) => ({ covers: [index], terms }));
  for (let index = 0; index + 1 < kept.length; index += 1) {
    const left = kept[index]?.[0] ?? '';
    const right = kept[index + 1]?.[0] ?? '';
    const group = synonyms(lexicon, `${left}${right}`);
    // Latin words are spaced the same way everywhere; only Hangul compounds vary.
    if (!group && !(hasHangul(left) && hasHangul(right))) continue;
    concepts.push({ covers: [index, index + 1], terms: unique([compact(`${left}${right}`), ...(group ?? [])]) });
  }
  return concepts;
}

/** Every distinct search word of a plan, in the order the concepts list them. */
export function searchTerms(concepts: readonly Concept[]): string[] {
  return [...new Set(concepts.flatMap((concept) => concept.terms))];
}
