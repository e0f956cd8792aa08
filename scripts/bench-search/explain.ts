/**
 * How search read a query, one line per query word, for a teacher working out why a query missed:
 * the words it searched for, the spelling guesses it made for a word no page has, what it weighed
 * less, and what it did not search at all. `npm run bench:search -- --explain "<query>"` prints it.
 */
import type { Reading } from '../../src/lib/search/korean-search.ts';

/** Search words shown per query word; the rest are counted. */
const SHOWN = 6;

function list(terms: readonly string[]): string {
  const more = terms.length - SHOWN;
  return terms.slice(0, SHOWN).join(', ') + (more > 0 ? ` (+${more})` : '');
}

/** One line per query word of `reading`: `볼룸 → guessed, no page has it: 볼륨, volume`. */
export function describeReading({ typed, read }: Reading): string[] {
  return read.flatMap((concept, index) => {
    if (concept.covers.length !== 1) return [];
    const asTyped = typed[index]?.terms ?? [];
    const word = asTyped[0] ?? concept.terms[0] ?? '';
    if (concept.importance === 0) return [`${word} → not searched (no page has it, or it only shapes the question)`];
    const guessed = concept.terms.filter((term) => !asTyped.includes(term));
    const found = guessed.length > 0 ? `guessed, no page has it: ${list(guessed)}` : list(concept.terms);
    const weight = concept.importance === undefined ? '' : `; counts ${concept.importance} of a word`;
    return [`${word} → ${found}${weight}`];
  });
}
