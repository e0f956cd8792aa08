/**
 * Why a query missed, told by which of its words the pages have (each word read as search reads it,
 * synonyms and spelling guesses included):
 * - `no-word`: no accepted page has any of them. The student's word is missing from the vocabulary.
 * - `own-word`: an accepted page has a word that the first result lacks. The ranking weighed it too little.
 * - `same-words`: the accepted pages have only words that the first result has too. The words cannot
 *   tell the pages apart; only where and how often they stand can, or what the query means.
 * `npm run bench:search -- --accuracy` counts the kinds for every table.
 */
import type { Concept } from '../../src/lib/search/analyze.ts';
import { readQuery, type SearchEngine } from '../../src/lib/search/korean-search.ts';
import type { SearchContext } from '../../src/lib/search/lexicon-data.ts';
import { targetOf, type QueryRow } from './query-table.ts';

export type MissKind = 'no-word' | 'own-word' | 'same-words';

/** The order the kinds are printed in. */
export const MISS_KINDS: readonly MissKind[] = ['no-word', 'own-word', 'same-words'];

/** The page a target stands on (`errors#port-allocated` → `errors`); a lesson id is its own page. */
export function pageOf(target: string): string {
  return target.split('#')[0] ?? target;
}

/**
 * The kind of a miss, from the query words (by position) that the first result has and that each
 * accepted page has.
 */
export function missKind(first: ReadonlySet<number>, accepted: readonly ReadonlySet<number>[]): MissKind {
  if (accepted.every((words) => words.size === 0)) return 'no-word';
  return accepted.some((words) => [...words].some((word) => !first.has(word))) ? 'own-word' : 'same-words';
}

/**
 * A function giving, for a page, the positions of the concepts of `read` that it has: a concept is on
 * a page when the engine finds any of its search words there. Concepts search does not search
 * (importance 0) are on no page. Each word is searched once.
 */
export function wordsOnPages(engine: SearchEngine): (read: readonly Concept[], page: string) => Promise<Set<number>> {
  const pagesOf = new Map<string, Promise<Set<string>>>();
  const pages = (term: string): Promise<Set<string>> => {
    const cached =
      pagesOf.get(term) ??
      engine.search(term).then(async (response) => {
        const urls = await Promise.all(
          (response?.results ?? []).map(async (result) => ((await result.data()) as { url?: string }).url ?? null),
        );
        return new Set(urls.map((url) => targetOf(url)).flatMap((target) => (target ? [pageOf(target)] : [])));
      });
    pagesOf.set(term, cached);
    return cached;
  };
  return async (read, page) => {
    const found = new Set<number>();
    for (const [position, concept] of read.entries()) {
      if (concept.importance === 0) continue;
      for (const term of concept.terms) {
        if ((await pages(term)).has(page)) {
          found.add(position);
          break;
        }
      }
    }
    return found;
  };
}

/** A function giving the kind of a miss: the row, and the targets search put first (`got[0]` leads). */
export function missKinds(
  engine: SearchEngine,
  context: SearchContext,
): (miss: { row: QueryRow; got: readonly string[] }) => Promise<MissKind> {
  const words = wordsOnPages(engine);
  return async ({ row, got }) => {
    const { read } = readQuery(row.query, context);
    const first = got[0] === undefined ? new Set<number>() : await words(read, pageOf(got[0]));
    const accepted = await Promise.all(row.accept.map((target) => words(read, pageOf(target))));
    return missKind(first, accepted);
  };
}
