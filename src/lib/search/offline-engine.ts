/**
 * A small search engine over the file:// bundle's index, with Pagefind's matching rules (a query
 * word matches indexed words that start with it; every word must match) and Pagefind's response
 * shape, so the Korean query module and Pagefind's UI work on it unchanged.
 */
import type { EngineResponse, EngineResult, SearchOptions } from './korean-search.ts';
import { words as splitWords } from './normalize.ts';
import type { OfflineIndex, OfflinePage, OfflineSection } from './offline-index.ts';

const TITLE_WEIGHT = 10;
const HEADING_WEIGHT = 5;
const EXCERPT_WORDS = 24;

interface Prepared {
  page: OfflinePage;
  title: string[];
  sections: { section: OfflineSection; heading: string[]; words: string[]; raw: string[] }[];
}

function prepare(page: OfflinePage): Prepared {
  return {
    page,
    title: splitWords(page.title),
    sections: page.sections.map((section) => ({
      section,
      heading: splitWords(section.title),
      words: section.text.split(/\s+/u).map((word) => splitWords(word).join('')),
      raw: section.text.split(/\s+/u),
    })),
  };
}

function count(list: readonly string[], word: string): number {
  return list.reduce((sum, item) => sum + (item.startsWith(word) ? 1 : 0), 0);
}

function escape(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}

/** Up to 24 words around the first match, matched words wrapped in <mark> as Pagefind does. */
export function excerpt(raw: readonly string[], normal: readonly string[], query: readonly string[]): string {
  const matches = (index: number): boolean => query.some((word) => (normal[index] ?? '').startsWith(word));
  const first = Math.max(
    0,
    normal.findIndex((_, index) => matches(index)),
  );
  const start = Math.max(0, Math.min(first - EXCERPT_WORDS / 3, raw.length - EXCERPT_WORDS));
  return raw
    .slice(start, start + EXCERPT_WORDS)
    .map((word, offset) => (matches(start + offset) ? `<mark>${escape(word)}</mark>` : escape(word)))
    .join(' ');
}

function allowed(page: OfflinePage, filters: SearchOptions['filters']): boolean {
  return Object.entries(filters ?? {}).every(([name, wanted]) => {
    const values = Array.isArray(wanted) ? wanted : [wanted];
    return values.length === 0 || values.some((value) => page.filters[name]?.includes(String(value)));
  });
}

/** The page's text and heading anchors as Pagefind's fragment holds them (for section focus). */
function fragmentText(entry: Prepared): { content: string; anchors: { id: string; text: string; location: number }[] } {
  let location = 0;
  const anchors = entry.sections.flatMap((part) => {
    const anchor = { id: part.section.id, text: part.section.title, location };
    location += part.raw.length;
    return part.section.id === '' ? [] : [anchor];
  });
  return { content: entry.sections.map((part) => part.section.text).join(' '), anchors };
}

function result(entry: Prepared, query: string[], score: number, root: string): EngineResult {
  const url = `${root}${entry.page.path}`;
  const hits = entry.sections.filter((part) =>
    query.some((word) => count(part.words, word) + count(part.heading, word) > 0),
  );
  const best = hits[0] ?? entry.sections[0];
  return {
    id: entry.page.path,
    score,
    words: [],
    data: () =>
      Promise.resolve({
        url,
        meta: { title: entry.page.title },
        excerpt: best ? excerpt(best.raw, best.words, query) : '',
        filters: entry.page.filters,
        word_count: entry.sections.reduce((sum, part) => sum + part.words.length, 0),
        locations: [0],
        ...fragmentText(entry),
        sub_results: hits.map((part) => ({
          title: part.section.title,
          url: part.section.id === '' ? url : `${url}#${encodeURIComponent(part.section.id)}`,
          excerpt: excerpt(part.raw, part.words, query),
          locations: part.words.flatMap((word, index) => (query.some((q) => word.startsWith(q)) ? [index] : [])),
        })),
      }),
  };
}

/**
 * A Pagefind-shaped engine over `index`. Result URLs are `root` + page path: pass the page's relative
 * way to the site root (`../../`), since Pagefind's UI only links relative or http(s) URLs.
 */
export function createOfflineEngine(index: OfflineIndex, root: string) {
  const pages = index.pages.map(prepare);
  const frequency = (word: string): number =>
    pages.filter(
      (entry) =>
        entry.title.some((w) => w.startsWith(word)) || entry.sections.some((part) => count(part.words, word) > 0),
    ).length;
  const search = (term: string | null, options: SearchOptions = {}): Promise<EngineResponse> => {
    const query = splitWords(term ?? '');
    const weights = query.map((word) => Math.log(1 + pages.length / Math.max(1, frequency(word))));
    const results = pages.flatMap((entry) => {
      if (!allowed(entry.page, options.filters) || query.length === 0) return [];
      const perWord = query.map((word) =>
        entry.sections.reduce(
          (sum, part) => sum + count(part.words, word) + HEADING_WEIGHT * count(part.heading, word),
          TITLE_WEIGHT * count(entry.title, word),
        ),
      );
      if (perWord.some((hits) => hits === 0)) return [];
      const score = perWord.reduce((sum, hits, index) => sum + Math.log(1 + hits) * (weights[index] ?? 1), 0);
      return [result(entry, query, score, root)];
    });
    results.sort((a, b) => b.score - a.score);
    return Promise.resolve({ results, unfilteredResultCount: results.length, filters: {}, totalFilters: {} });
  };
  const filters = (): Promise<Record<string, Record<string, number>>> => {
    const counts: Record<string, Record<string, number>> = {};
    for (const { page } of pages) {
      for (const [name, values] of Object.entries(page.filters)) {
        for (const value of values) {
          counts[name] ??= {};
          counts[name][value] = (counts[name][value] ?? 0) + 1;
        }
      }
    }
    return Promise.resolve(counts);
  };
  return { search, filters };
}
