/**
 * Korean search in front of a Pagefind-shaped engine: the query becomes concepts, every concept word
 * is searched on its own, and the merged ranking comes back in Pagefind's own response shape, so
 * Pagefind's UI shows it unchanged. The same code drives Pagefind and the file:// index.
 */
import { analyzeQuery, searchTerms, type Concept } from './analyze.ts';
import { sectionFocus } from './focus.ts';
import type { Fragment } from './offline-index.ts';
import type { Lexicon } from './lexicon.ts';
import { rankPages, type Hit } from './rank.ts';

export interface EngineResult extends Hit {
  words?: number[];
  data: () => Promise<unknown>;
}

export interface EngineResponse {
  results: EngineResult[];
  unfilteredResultCount?: number;
  filters?: Record<string, Record<string, number>>;
  totalFilters?: Record<string, Record<string, number>>;
  timings?: unknown;
}

export interface SearchOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, unknown>;
}

/** What Pagefind's `search()` looks like to us; the file:// index implements the same. */
export interface SearchEngine {
  search: (term: string | null, options?: SearchOptions) => Promise<EngineResponse | null>;
}

const EMPTY: EngineResponse = { results: [], unfilteredResultCount: 0 };
/** How many of the best-covering pages are reordered by section focus (each costs one fragment load). */
const FOCUS_CANDIDATES = 6;
/** What a missing query word costs a page in focus points (a query word found in a section is worth up to 1). */
const MISSING_WORD_COST = 1;

function isFragment(data: unknown): data is Fragment {
  return typeof data === 'object' && data !== null && typeof (data as Fragment).content === 'string';
}

/** The stems of neighbouring query words, in order (`docker`, `images`). */
export function phrases(concepts: readonly Concept[]): [string, string][] {
  const stems = concepts.filter((concept) => concept.covers.length === 1).map((concept) => concept.terms[0] ?? '');
  return stems.slice(1).map((second, index) => [stems[index] ?? '', second]);
}

/**
 * How much each query word (by position) tells pages apart, relative to the rarest one (1): a word
 * on every matched page (`도커`) counts for little.
 */
export function rarity(
  concepts: readonly Concept[],
  hits: ReadonlyMap<string, readonly Hit[]>,
  pages: number,
): number[] {
  const found: Set<string>[] = [];
  for (const concept of concepts) {
    if (concept.covers.length !== 1) continue;
    const index = concept.covers[0] ?? 0;
    found[index] = new Set(concept.terms.flatMap((term) => (hits.get(term) ?? []).map((hit) => hit.id)));
  }
  const raw = [...found].map((set) => Math.max(0.1, Math.log((pages + 1) / ((set?.size ?? 0) + 0.5))));
  const top = Math.max(...raw);
  return raw.map((value) => value / top);
}

/** Reorders the first best-covering results by how squarely one of their sections answers the query. */
async function byFocus(
  results: EngineResult[],
  coverage: number[],
  concepts: readonly Concept[],
  phrases: readonly (readonly [string, string])[],
  weights: readonly number[],
): Promise<EngineResult[]> {
  const top = coverage[0] ?? 0;
  // With three or more query words, a page may miss one (often a generic one like 작성) and still win on focus.
  const floor = phrases.length >= 2 ? top - 1 : top;
  const count = Math.min(FOCUS_CANDIDATES, coverage.filter((value) => value >= floor).length);
  if (count < 2) return results;
  const head = await Promise.all(
    results.slice(0, count).map(async (result, rank) => {
      const data = await result.data();
      const focus = isFragment(data) ? sectionFocus(data, concepts, phrases, weights) : 0;
      return { result, rank, focus: focus - MISSING_WORD_COST * (top - (coverage[rank] ?? 0)) };
    }),
  );
  head.sort((a, b) => b.focus - a.focus || a.rank - b.rank);
  return [...head.map((entry) => entry.result), ...results.slice(count)];
}

/** Wraps `engine` so `search()` understands Korean queries; results are cached per word and filter. */
export function koreanSearch(engine: SearchEngine, lexicon: Lexicon): SearchEngine['search'] {
  const original = engine.search.bind(engine);
  const cache = new Map<string, Promise<EngineResponse | null>>();
  const run = (term: string, options: SearchOptions): Promise<EngineResponse | null> => {
    const key = `${term}\u0000${JSON.stringify(options.filters ?? {})}`;
    const cached = cache.get(key) ?? original(term, options);
    cache.set(key, cached);
    return cached;
  };
  return async (query, options = {}) => {
    if (query === null || query.trim() === '') return original(query, options);
    const concepts = analyzeQuery(query, lexicon);
    if (concepts.length === 0) return EMPTY;
    const terms = searchTerms(concepts);
    const responses = await Promise.all(terms.map((term) => run(term, options)));
    const hits = new Map(terms.map((term, index) => [term, responses[index]?.results ?? []]));
    const ranked = rankPages(concepts, hits).filter((page) => hits.get(page.term)?.some((hit) => hit.id === page.id));
    const found = ranked.map((page) => {
      const result = hits.get(page.term)?.find((hit) => hit.id === page.id) as EngineResult;
      return { ...result, score: page.coverage * 1000 + page.score };
    });
    const weights = rarity(concepts, hits, ranked.length);
    const results = await byFocus(
      found,
      ranked.map((page) => page.coverage),
      concepts,
      phrases(concepts),
      weights,
    );
    const first = responses.find((response) => response !== null) ?? EMPTY;
    return { ...first, results, unfilteredResultCount: results.length };
  };
}
