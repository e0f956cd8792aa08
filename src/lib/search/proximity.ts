/**
 * Where a page holds the query's words near each other: pairs side by side (`docker images`), the
 * words typed in the query's order (an echo of the question), and all of them within a few words.
 */
import type { Concept } from './analyze.ts';
import { positionKeys, typedOnly } from './concept-keys.ts';
import { sameWord } from './same-word.ts';

/** Two neighbouring query words, each as the keys any of which may stand for it. */
export type Phrase = readonly [readonly string[], readonly string[]];

/** For each of the query's word pairs (`docker images`, `container start`), how many times it stands side by side in `list`. */
export function pairCounts(list: readonly string[][], phrases: readonly Phrase[]): number[] {
  const has = (forms: readonly string[] | undefined, keys: readonly string[]) =>
    forms !== undefined && keys.some((key) => sameWord(forms, key));
  return phrases.map(
    ([first, second]) => list.filter((word, index) => has(word, first) && has(list[index + 1], second)).length,
  );
}

/** How many words apart two query words may stand and still echo the query (`만들기만 하고 실행`). */
const ECHO_GAP = 2;
/** Fewer query words in a row than this are a phrase pair, not an echo. */
const ECHO_LENGTH = 3;

/**
 * The rarity-weighted longest run of query words (as typed, no synonym) that `list` holds in the
 * query's order, each within ECHO_GAP words of the one before; 0 for a run shorter than ECHO_LENGTH.
 */
export function echo(list: readonly string[][], concepts: readonly Concept[], rarity: readonly number[]): number {
  const typed = positionKeys(
    concepts.filter((concept) => concept.importance !== 0),
    typedOnly,
  ).sort((a, b) => a.index - b.index);
  const holds = (at: number, keys: readonly string[]) => keys.some((key) => sameWord(list[at] ?? [], key));
  /** The first place within ECHO_GAP words after `from` that holds one of `keys`. */
  const nextAt = (from: number, keys: readonly string[]): number | undefined => {
    for (let place = from + 1; place <= from + ECHO_GAP; place += 1) if (holds(place, keys)) return place;
    return undefined;
  };
  let best = 0;
  for (const [first, start] of typed.entries()) {
    for (let at = 0; at < list.length; at += 1) {
      if (!holds(at, start.keys)) continue;
      let last = at;
      let length = 1;
      let total = rarity[start.index] ?? 1;
      for (const next of typed.slice(first + 1)) {
        const place = nextAt(last, next.keys);
        if (place === undefined) break;
        last = place;
        length += 1;
        total += rarity[next.index] ?? 1;
      }
      if (length >= ECHO_LENGTH) best = Math.max(best, total);
    }
  }
  return best;
}

/** How many words apart query words may be and still count as one answer. */
const WINDOW = 8;

/** The rarity-weighted query words found together within WINDOW words of `list`, at best. */
export function closeTogether(
  list: readonly string[][],
  concepts: readonly Concept[],
  rarity: readonly number[],
): number {
  const keys = positionKeys(concepts);
  const at = list.map((forms) =>
    keys.filter((entry) => entry.keys.some((key) => sameWord(forms, key))).map((entry) => entry.index),
  );
  let best = 0;
  for (let start = 0; start < at.length; start += 1) {
    if ((at[start] ?? []).length === 0) continue;
    const seen = new Set(at.slice(start, start + WINDOW).flat());
    best = Math.max(
      best,
      [...seen].reduce((total, index) => total + (rarity[index] ?? 1), 0),
    );
  }
  return best;
}
