/**
 * Korean search in front of a Pagefind-shaped engine: the query becomes concepts, every concept word
 * is searched on its own (with spelling guesses for a word no page has), the few most promising
 * pages are read and ranked by where the query's words are, and the ranking comes back in
 * Pagefind's own response shape, each result opening at its answering section. The same code
 * drives Pagefind and the file:// index, so both rank alike.
 */
import { analyzeQuery, asksWhatItIs, searchTerms, WEIGHT, type Concept } from './analyze.ts';
import { guesses, isKnown, otherLayout } from './fallback.ts';
import type { SearchContext } from './lexicon-data.ts';
import type { Fragment } from './offline-index.ts';
import { answeringSection, presentation } from './present.ts';
import { lessonsBeforeSummaries } from './summaries.ts';
import { respace } from './segment.ts';
import { beforeParticle, isSpokenVerb } from './endings.ts';
import { isFiller } from './lexicon.ts';
import { rankCandidates, rarity, type Candidate, type Hit } from './rank.ts';
import { queryKeys, wordKey, words } from './normalize.ts';
import type { Phrase } from './proximity.ts';
import { pageText, scorePage, type PageScore } from './score.ts';

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
const READ_FLOOR = 0.3;

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
/**
 * True when every word of `term` (every part of a compound: `epel`, `release`) begins a word of the
 * pages; Pagefind also answers a word no page has, with loose matches.
 */
function known(term: string, context: SearchContext): boolean {
  const parts = words(term).flatMap((word) => word.split(/[^\p{L}\p{N}]+/u).filter((part) => part !== ''));
  return parts.every((part) => isKnown(part, context.dictionary));
}

/**
 * A one-syllable noun and its particle (`일이`, `거를`): the stem is too short to search, and a
 * spelling guess one jamo away (`열이`) would be another word altogether.
 */
const ONE_SYLLABLE_WITH_PARTICLE = /^[\uAC00-\uD7A3][이가을를은는도의에와과로]$/u;

/**
 * Keeps the search words that begin a word of the pages; a one-word concept left with none gets
 * spelling guesses instead (not a question word with its particle, `뭐부터`: `empty` is no guess for
 * it), and one that stays empty counts for nothing (Pagefind would answer its words with loose
 * matches only).
 */
function withGuesses(concepts: readonly Concept[], context: SearchContext): Concept[] {
  return concepts.map((concept) => {
    const kept = concept.terms.flatMap((term, n): [string, number][] =>
      known(term, context) ? [[term, concept.weights[n] ?? 0]] : [],
    );
    const extra =
      kept.length > 0 ||
      concept.covers.length !== 1 ||
      concept.terms.some(
        (term) =>
          ONE_SYLLABLE_WITH_PARTICLE.test(term) ||
          isSpokenVerb(term) ||
          isFiller(context.lexicon, beforeParticle(term)),
      )
        ? []
        : guesses(concept.terms[0] ?? '', context.dictionary).flatMap((guess) =>
            analyzeQuery(guess, context.lexicon)
              .filter((item) => item.covers.length === 1)
              .flatMap((item) =>
                item.terms.flatMap((term, n): [string, number][] =>
                  known(term, context) ? [[term, (item.weights[n] ?? 0) * WEIGHT.fallback]] : [],
                ),
              ),
          );
    const terms = [...new Map([...kept, ...extra].reverse()).entries()].reverse();
    if (terms.length === 0) return { ...concept, importance: 0 };
    return { ...concept, terms: terms.map(([term]) => term), weights: terms.map(([, weight]) => weight) };
  });
}

interface Read {
  candidate: Candidate;
  rank: number;
  result: EngineResult;
  data: Fragment & { meta?: Record<string, unknown> };
  scored: PageScore;
}

/** How a query is read: its concepts as the student typed them (`typed`), and as searched, spelling guesses added (`read`). */
export interface Reading {
  typed: Concept[];
  read: Concept[];
}

/** Reads a query: respaced, analysed into concepts, and given spelling guesses where no page has a word. */
export function readQuery(query: string, context: SearchContext): Reading {
  const typed = analyzeQuery(respace(query, context.lexicon, context.dictionary), context.lexicon);
  return { typed, read: withGuesses(typed, context) };
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
    const { read: concepts } = readQuery(query, context);
    if (concepts.length === 0) return EMPTY;
    const hits = new Map<string, EngineResult[]>();
    // A word no page has is not searched: Pagefind would answer it with loose matches only.
    const wanted = concepts.filter((concept) => concept.importance !== 0);
    if (wanted.length === 0) return EMPTY;
    const first = (await searchAll(searchTerms(wanted), options, hits)) ?? EMPTY;
    const weights = rarity(concepts, hits, context.pages);
    const candidates = rankCandidates(concepts, hits, weights, context.titles);
    const resultOf = (candidate: Candidate): EngineResult | undefined =>
      hits.get(candidate.term)?.find((hit) => hit.id === candidate.id);
    const top = candidates[0]?.coverage ?? 0;
    const toRead = candidates.slice(0, READ_PAGES).filter((candidate) => candidate.coverage >= READ_FLOOR * top);
    const pairs = phrases(concepts);
    // `anjdi` is 뭐야 typed with the keyboard in English mode.
    const defines = asksWhatItIs([query, ...words(query).map((word) => otherLayout(word) ?? '')].join(' '));
    const read = await Promise.all(
      toRead.map(async (candidate, rank): Promise<Read | undefined> => {
        const result = resultOf(candidate);
        const data = await result?.data();
        if (!result || !isFragment(data)) return undefined;
        return { candidate, rank, result, data, scored: scorePage(pageText(data), concepts, weights, pairs, defines) };
      }),
    );
    const ranked = lessonsBeforeSummaries(
      read.filter((entry) => entry !== undefined).sort((a, b) => b.scored.score - a.scored.score || a.rank - b.rank),
      (entry) => ({ url: entry.data.url, anchor: answeringSection(entry.scored)?.id ?? '' }),
    );
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
