/**
 * Korean search in front of a Pagefind-shaped engine: the query becomes concepts, every concept word
 * is searched on its own (with spelling guesses for a word no page has), the few most promising
 * pages are read and ranked by where the query's words are, and the ranking comes back in
 * Pagefind's own response shape, each result opening at its answering section. The same code
 * drives Pagefind and the file:// index, so both rank alike.
 */
import { analyzeQuery, searchTerms, WEIGHT, type Concept } from './analyze.ts';
import { guesses } from './fallback.ts';
import type { SearchContext } from './lexicon-data.ts';
import type { Fragment } from './offline-index.ts';
import { presentation, queryKeys } from './present.ts';
import { rankCandidates, rarity, type Candidate, type Hit } from './rank.ts';
import { wordKey } from './normalize.ts';
import { pageText, scorePage, type PageScore, type Phrase } from './score.ts';

export interface EngineResult extends Hit {
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
/** How many of the first-ranked pages are read and ranked by their text (each costs one fragment load). */
export const READ_PAGES = 10;
/** A page is read only if it holds at least this share of the best page's coverage. */
const READ_FLOOR = 0.5;

function isFragment(data: unknown): data is Fragment & { meta?: Record<string, unknown> } {
  return typeof data === 'object' && data !== null && typeof (data as Fragment).content === 'string';
}

/** Neighbouring query words, each as the keys of its one-word search terms (`docker`, `images`/`목록`). */
export function phrases(concepts: readonly Concept[]): Phrase[] {
  const keys = concepts
    .filter((concept) => concept.covers.length === 1)
    .map((concept) => concept.terms.filter((term) => !term.includes(' ')).map(wordKey));
  return keys.slice(1).map((second, index) => [keys[index] ?? [], second]);
}

/** Adds spelling guesses to each one-word concept none of whose words any page has. */
function withGuesses(
  concepts: readonly Concept[],
  hits: ReadonlyMap<string, readonly Hit[]>,
  context: SearchContext,
): Concept[] {
  return concepts.map((concept) => {
    const found = concept.terms.some((term) => (hits.get(term)?.length ?? 0) > 0);
    if (found || concept.covers.length !== 1) return concept;
    const extra = guesses(concept.terms[0] ?? '', context.dictionary).flatMap((guess) =>
      analyzeQuery(guess, context.lexicon)
        .filter((item) => item.covers.length === 1)
        .flatMap((item) =>
          item.terms.map((term, n): [string, number] => [term, (item.weights[n] ?? 0) * WEIGHT.fallback]),
        ),
    );
    const fresh = extra.filter(([term]) => !concept.terms.includes(term));
    return {
      ...concept,
      terms: [...concept.terms, ...fresh.map(([term]) => term)],
      weights: [...concept.weights, ...fresh.map(([, weight]) => weight)],
    };
  });
}

interface Read {
  candidate: Candidate;
  rank: number;
  result: EngineResult;
  data: Fragment & { meta?: Record<string, unknown> };
  scored: PageScore;
}

/** Wraps `engine` so `search()` understands Korean queries; results are cached per word and filter. */
export function koreanSearch(engine: SearchEngine, context: SearchContext): SearchEngine['search'] {
  const original = engine.search.bind(engine);
  const cache = new Map<string, Promise<EngineResponse | null>>();
  const run = (term: string, options: SearchOptions): Promise<EngineResponse | null> => {
    const key = `${term}\u0000${JSON.stringify(options.filters ?? {})}`;
    const cached = cache.get(key) ?? original(term, options);
    cache.set(key, cached);
    return cached;
  };
  const searchAll = async (terms: readonly string[], options: SearchOptions, into: Map<string, EngineResult[]>) => {
    const missing = terms.filter((term) => !into.has(term));
    const responses = await Promise.all(missing.map((term) => run(term, options)));
    missing.forEach((term, index) => into.set(term, responses[index]?.results ?? []));
    return responses.find((response) => response !== null) ?? null;
  };
  return async (query, options = {}) => {
    if (query === null || query.trim() === '') return original(query, options);
    const plain = analyzeQuery(query, context.lexicon);
    if (plain.length === 0) return EMPTY;
    const hits = new Map<string, EngineResult[]>();
    const first = (await searchAll(searchTerms(plain), options, hits)) ?? EMPTY;
    const concepts = withGuesses(plain, hits, context);
    await searchAll(searchTerms(concepts), options, hits);
    const weights = rarity(concepts, hits, context.pages);
    const candidates = rankCandidates(concepts, hits, weights);
    const resultOf = (candidate: Candidate): EngineResult | undefined =>
      hits.get(candidate.term)?.find((hit) => hit.id === candidate.id);
    const top = candidates[0]?.coverage ?? 0;
    const toRead = candidates.slice(0, READ_PAGES).filter((candidate) => candidate.coverage >= READ_FLOOR * top);
    const pairs = phrases(concepts);
    const read = await Promise.all(
      toRead.map(async (candidate, rank): Promise<Read | undefined> => {
        const result = resultOf(candidate);
        const data = await result?.data();
        if (!result || !isFragment(data)) return undefined;
        return { candidate, rank, result, data, scored: scorePage(pageText(data), concepts, weights, pairs) };
      }),
    );
    const ranked = read
      .filter((entry) => entry !== undefined)
      .sort((a, b) => b.scored.score - a.scored.score || a.rank - b.rank);
    const keys = queryKeys(concepts.flatMap((concept) => concept.terms));
    const shown: EngineResult[] = ranked.map(({ result, data, scored }, index) => ({
      ...result,
      score: 1_000_000 - index,
      data: () => Promise.resolve({ ...data, ...presentation(data.url, data.meta ?? {}, scored, keys) }),
    }));
    const readIds = new Set(ranked.map((entry) => entry.candidate.id));
    const rest = candidates
      .filter((candidate) => !readIds.has(candidate.id))
      .map((candidate) => resultOf(candidate))
      .filter((result) => result !== undefined);
    const results = [...shown, ...rest];
    return { ...first, results, unfilteredResultCount: results.length };
  };
}
