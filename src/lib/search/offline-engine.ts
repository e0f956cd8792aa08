/**
 * A small search engine over the file:// bundle's index, with Pagefind's matching rules (a query
 * word matches indexed words that start with it, each page word indexed as Pagefind does; every
 * word must match) and Pagefind's response shape, so the Korean query module and Pagefind's UI
 * work on it unchanged.
 */
import type { EngineResponse, EngineResult, SearchOptions } from './korean-search.ts';
import { indexForms, matchesForms, wordKey, words as splitWords } from './normalize.ts';
import type { OfflineIndex, OfflinePage, OfflineSection } from './offline-index.ts';
import { excerpt } from './present.ts';

const TITLE_WEIGHT = 10;
const HEADING_WEIGHT = 5;

interface Prepared {
  page: OfflinePage;
  title: string[][];
  sections: { section: OfflineSection; heading: string[][]; words: string[][]; raw: string[] }[];
}

function prepare(page: OfflinePage): Prepared {
  return {
    page,
    title: splitWords(page.title).map(indexForms),
    sections: page.sections.map((section) => {
      const raw = section.text.split(/\s+/u).filter((word) => word !== '');
      return { section, heading: section.title.split(/\s+/u).map(indexForms), words: raw.map(indexForms), raw };
    }),
  };
}

function positions(list: readonly string[][], key: string, offset = 0): number[] {
  return list.flatMap((forms, index) => (matchesForms(forms, key) ? [offset + index] : []));
}

function allowed(page: OfflinePage, filters: SearchOptions['filters']): boolean {
  return Object.entries(filters ?? {}).every(([name, wanted]) => {
    const values = Array.isArray(wanted) ? wanted : [wanted];
    return values.length === 0 || values.some((value) => page.filters[name]?.includes(String(value)));
  });
}

/** The page's text and heading anchors as Pagefind's fragment holds them. */
function fragmentText(entry: Prepared): { content: string; anchors: { id: string; text: string; location: number }[] } {
  let location = 0;
  const anchors = entry.sections.flatMap((part) => {
    const anchor = { id: part.section.id, text: part.section.title, location };
    location += part.raw.length;
    return part.section.id === '' ? [] : [anchor];
  });
  return { content: entry.sections.map((part) => part.section.text).join(' '), anchors };
}

function result(entry: Prepared, query: string[], score: number, found: number[], root: string): EngineResult {
  const url = `${root}${entry.page.path}`;
  const hits = entry.sections.filter((part) => query.some((key) => positions(part.words, key).length > 0));
  const best = hits[0] ?? entry.sections[0];
  return {
    id: entry.page.id,
    score,
    words: found,
    data: () =>
      Promise.resolve({
        url,
        meta: { title: entry.page.title },
        excerpt: best ? excerpt(best.raw, best.words, query) : '',
        filters: entry.page.filters,
        word_count: entry.sections.reduce((sum, part) => sum + part.words.length, 0),
        locations: found,
        ...fragmentText(entry),
        sub_results: hits.map((part) => ({
          title: part.section.title,
          url: part.section.id === '' ? url : `${url}#${encodeURIComponent(part.section.id)}`,
          excerpt: excerpt(part.raw, part.words, query),
          locations: query.flatMap((key) => positions(part.words, key)),
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
  const everywhere = (entry: Prepared): string[][] => entry.sections.flatMap((part) => part.words);
  const frequency = (key: string): number =>
    pages.filter(
      (entry) => entry.title.some((forms) => matchesForms(forms, key)) || positions(everywhere(entry), key).length > 0,
    ).length;
  const search = (term: string | null, options: SearchOptions = {}): Promise<EngineResponse> => {
    const query = splitWords(term ?? '')
      .map(wordKey)
      .filter((key) => key !== '');
    const weights = query.map((key) => Math.log(1 + pages.length / Math.max(1, frequency(key))));
    const results = pages.flatMap((entry) => {
      if (!allowed(entry.page, options.filters) || query.length === 0) return [];
      const found = query.map((key) => positions(everywhere(entry), key));
      const perWord = query.map((key, n) =>
        entry.sections.reduce(
          (sum, part) => sum + HEADING_WEIGHT * positions(part.heading, key).length,
          TITLE_WEIGHT * positions(entry.title, key).length + (found[n]?.length ?? 0),
        ),
      );
      if (perWord.some((hits) => hits === 0) || found.some((list) => list.length === 0)) return [];
      const score = perWord.reduce((sum, hits, n) => sum + Math.log(1 + hits) * (weights[n] ?? 1), 0);
      return [
        result(
          entry,
          query,
          score,
          [...new Set(found.flat())].sort((a, b) => a - b),
          root,
        ),
      ];
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
