/** "Did you mean" suggestions by edit distance. */
import { distance } from 'fastest-levenshtein';

/** The closest candidate to `word` within `max` edits (default: about a third of its length, at least 1), if any. */
export function closest(
  word: string,
  candidates: Iterable<string>,
  max = Math.max(1, Math.floor((word.length + 1) / 3)),
): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(word, candidate);
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= max ? best : undefined;
}

/** ` (did you mean X?)` or nothing. */
export function didYouMean(suggestion: string | undefined): string {
  return suggestion === undefined ? '' : `; did you mean ${suggestion}?`;
}
