/**
 * A query concept's terms as the keys its words are matched by (normalize.ts `wordKey`): all of them,
 * the one-word ones, or only the words as the student typed them.
 */
import { WEIGHT, type Concept } from './analyze.ts';
import { wordKey, words } from './normalize.ts';

/** A concept's terms as the keys of their words, with their weights (`포트 매핑` → [포트, 매핑]). */
export function termKeys(concept: Concept): { keys: string[]; weight: number }[] {
  return concept.terms.map((term, n) => ({ keys: words(term).map(wordKey), weight: concept.weights[n] ?? 0 }));
}

/** The one-word terms of a concept as keys, with their weights (a two-word term is not one word's match). */
function wordTerms(concept: Concept): { key: string; weight: number }[] {
  return termKeys(concept).flatMap(({ keys, weight }) => (keys.length === 1 ? [{ key: keys[0] ?? '', weight }] : []));
}

/** The concept with only the words as typed: the stem and the surface form (`만들기`, `만들기만`), no synonym. */
export function typedOnly(concept: Concept): Concept {
  const kept = concept.terms.flatMap((term, n) => (n === 0 || concept.weights[n] === WEIGHT.surface ? [term] : []));
  return { ...concept, terms: kept, weights: kept.map(() => 1) };
}

/** Each one-word concept's query position and the keys of its one-word terms (as `pick` leaves them: all, or typedOnly). */
export function positionKeys(
  concepts: readonly Concept[],
  pick: (concept: Concept) => Concept = (concept) => concept,
): { index: number; keys: string[] }[] {
  return concepts
    .filter((concept) => concept.covers.length === 1)
    .map((concept) => ({ index: concept.covers[0] ?? 0, keys: wordTerms(pick(concept)).map((term) => term.key) }));
}
