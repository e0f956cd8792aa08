/**
 * The first ranking, from the engine's per-word results alone: pages holding the query's rarer
 * words come first, then pages holding them more often. It picks the few pages whose text is then
 * read to rank them properly (score.ts). It leaves the engine's own score out, so Pagefind and the
 * file:// index, which score differently but match the same words, pick the same pages.
 */
import type { Concept } from './analyze.ts';
import { holdsTerm } from './same-word.ts';

export interface Hit {
  id: string;
  score: number;
  /** Where in the page the word matched (Pagefind's word positions); their number is how often. */
  words?: number[];
}

export interface Candidate {
  id: string;
  /** The summed rarity of the query words the page holds. */
  coverage: number;
  /** The summed rarity of the query words the page's title holds. */
  titled: number;
  /** Coverage weighted by how well and how often each word matched. */
  strength: number;
  /** The engine's score of the page's best-weighted hit (not used to rank: the engines score differently). */
  engine: number;
  /** The search word whose result stands for the page. */
  term: string;
}

/**
 * How much each query word (by position) tells pages apart, relative to the rarest one (1): a word
 * on every page (`도커`) counts for little, a word on no page for nothing. `pages` is the index size.
 */
export function rarity(
  concepts: readonly Concept[],
  hits: ReadonlyMap<string, readonly Hit[]>,
  pages: number,
): number[] {
  // A page counts by the best weight it matched with: a page that only has a loose synonym
  // (`compose` for `compose.yaml`) makes the exact word look less common than it is only a little.
  const found: Map<string, number>[] = [];
  const importance: number[] = [];
  for (const concept of concepts) {
    if (concept.covers.length !== 1) continue;
    const index = concept.covers[0] ?? 0;
    importance[index] = concept.importance ?? 1;
    const pagesOf = found[index] ?? new Map<string, number>();
    concept.terms.forEach((term, n) => {
      const weight = concept.weights[n] ?? 0;
      for (const hit of hits.get(term) ?? []) pagesOf.set(hit.id, Math.max(pagesOf.get(hit.id) ?? 0, weight));
    });
    found[index] = pagesOf;
  }
  const raw = Array.from(found, (pagesOf) => {
    const count = [...(pagesOf ?? new Map<string, number>()).values()].reduce((total, weight) => total + weight, 0);
    return count === 0 ? 0 : Math.max(0.1, Math.log((pages + 1) / (count + 0.5)));
  });
  const top = Math.max(...raw, Number.MIN_VALUE);
  return raw.map((value, index) => (value / top) * (importance[index] ?? 1));
}

interface Best {
  weight: number;
  /** How many of the page's words matched (Pagefind's word positions; the file:// index counts the same). */
  count: number;
  term: string;
  engine: number;
}

/**
 * Ranks every page any search word found, by coverage, then how much of the query its title names
 * (so a short query reads the pages about it, not the ones that say it most), then strength, then id.
 */
export function rankCandidates(
  concepts: readonly Concept[],
  hits: ReadonlyMap<string, readonly Hit[]>,
  weights: readonly number[],
  titles: ReadonlyMap<string, readonly string[][]> = new Map(),
): Candidate[] {
  const pages = new Map<string, Map<number, Best>>();
  for (const concept of concepts) {
    concept.terms.forEach((term, position) => {
      const weight = concept.weights[position] ?? 0;
      for (const hit of hits.get(term) ?? []) {
        const page = pages.get(hit.id) ?? new Map<number, Best>();
        const count = hit.words?.length ?? 1;
        for (const index of concept.covers) {
          const current = page.get(index);
          if (!current || weight * Math.log2(2 + count) > current.weight * Math.log2(2 + current.count))
            page.set(index, { weight, count, term, engine: hit.score });
        }
        pages.set(hit.id, page);
      }
    });
  }
  return [...pages]
    .map(([id, found]) => {
      let coverage = 0;
      let strength = 0;
      let best: Best | undefined;
      let bestValue = -1;
      for (const [index, entry] of found) {
        const rare = weights[index] ?? 0;
        coverage += rare;
        strength += rare * entry.weight * Math.log2(2 + entry.count);
        if (entry.weight * rare > bestValue) [best, bestValue] = [entry, entry.weight * rare];
      }
      const title = titles.get(id) ?? [];
      const titled = concepts
        .filter((concept) => concept.covers.length === 1 && concept.terms.some((term) => holdsTerm(title, term)))
        .reduce((total, concept) => total + (weights[concept.covers[0] ?? 0] ?? 0), 0);
      return { id, coverage, titled, strength, engine: best?.engine ?? 0, term: best?.term ?? '' };
    })
    .sort(
      (a, b) => b.coverage - a.coverage || b.titled - a.titled || b.strength - a.strength || a.id.localeCompare(b.id),
    );
}
