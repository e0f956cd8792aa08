/**
 * Merges the result lists of every search word into one ranking: first the pages that cover the
 * most of what the query asks about, then by the summed score of the best word for each concept
 * (a concept's stem counts in full, its synonyms a little less).
 */
import type { Concept } from './analyze.ts';

export interface Hit {
  id: string;
  score: number;
}

export interface Ranked {
  id: string;
  /** How many of the query's words the page matches. */
  coverage: number;
  score: number;
  /** The search word whose result stands for the page (its excerpt highlights that word). */
  term: string;
}

/**
 * The weight of a concept's `position`-th word: the stem as typed 1, its synonyms and other
 * spellings 0.9 (they mean the same; the typed form only breaks ties).
 */
export function termWeight(position: number): number {
  return position === 0 ? 1 : 0.9;
}

/** Ranks pages by coverage, then score; `hits` holds each search word's results. */
export function rankPages(concepts: readonly Concept[], hits: ReadonlyMap<string, readonly Hit[]>): Ranked[] {
  const pages = new Map<string, { covered: Set<number>; score: number; term: string; best: number }>();
  for (const concept of concepts) {
    const best = new Map<string, { score: number; term: string }>();
    concept.terms.forEach((term, position) => {
      for (const hit of hits.get(term) ?? []) {
        const score = hit.score * termWeight(position);
        const current = best.get(hit.id);
        if (!current || score > current.score) best.set(hit.id, { score, term });
      }
    });
    for (const [id, { score, term }] of best) {
      const page = pages.get(id) ?? { covered: new Set<number>(), score: 0, term, best: 0 };
      concept.covers.forEach((index) => page.covered.add(index));
      page.score += score;
      if (score > page.best) Object.assign(page, { best: score, term });
      pages.set(id, page);
    }
  }
  return [...pages]
    .map(([id, page]) => ({ id, coverage: page.covered.size, score: page.score, term: page.term }))
    .sort((a, b) => b.coverage - a.coverage || b.score - a.score || a.id.localeCompare(b.id));
}
