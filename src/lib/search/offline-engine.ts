/**
 * A small search engine over the file:// bundle's index, with Pagefind 1.6's matching rules and
 * response shape, so the Korean query module and Pagefind's UI work on it unchanged and find the
 * same pages: each page word is indexed as Pagefind does; a query word matches indexed words that
 * start with it, compared in NFD (so jamo count: `멈추` matches `멈춘`); a query word no indexed
 * word starts with matches, instead, the words equal to its longest prefix that is one (`삭제하려면`
 * → `삭제`, `도커허브` → `도커`); every query word must match, but one that matches nothing is left out.
 */
import type { EngineResponse, EngineResult, SearchOptions } from './korean-search.ts';
import { indexForms, wordKey, words as splitWords } from './normalize.ts';
import {
  indexedWords,
  QUESTIONS,
  type Fragment,
  type OfflineIndex,
  type OfflinePage,
  type OfflineSection,
} from './offline-index.ts';
import { excerpt } from './present.ts';

const TITLE_WEIGHT = 10;
const HEADING_WEIGHT = 5;

interface Prepared {
  page: OfflinePage;
  title: string[][];
  sections: { section: OfflineSection; heading: string[][]; words: string[][]; raw: string[] }[];
}

/** How one query word matches: indexed words starting with `key`, or (fallback) equal to it. */
interface Match {
  key: string;
  exact: boolean;
}

function nfdForms(raw: string): string[] {
  return indexForms(raw).map((form) => form.normalize('NFD'));
}

function prepare(page: OfflinePage): Prepared {
  return {
    page,
    title: splitWords(page.title).map(nfdForms),
    sections: page.sections.map((section) => {
      const raw = indexedWords(section.text);
      return { section, heading: section.title.split(/\s+/u).map(nfdForms), words: raw.map(nfdForms), raw };
    }),
  };
}

function hit(forms: readonly string[], match: Match): boolean {
  return forms.some((form) => (match.exact ? form === match.key : form.startsWith(match.key)));
}

function positions(list: readonly string[][], match: Match, offset = 0): number[] {
  return list.flatMap((forms, index) => (hit(forms, match) ? [offset + index] : []));
}

/** How Pagefind matches `key` against the index `vocabulary`: by prefix, else its longest prefix that is a word. */
function resolve(key: string, vocabulary: ReadonlySet<string>, sorted: readonly string[]): Match | undefined {
  if (sorted.some((word) => word.startsWith(key))) return { key, exact: false };
  const points = [...key];
  for (let size = points.length - 1; size > 0; size -= 1) {
    const prefix = points.slice(0, size).join('');
    if (vocabulary.has(prefix)) return { key: prefix, exact: true };
  }
  return undefined;
}

function allowed(page: OfflinePage, filters: SearchOptions['filters']): boolean {
  return Object.entries(filters ?? {}).every(([name, wanted]) => {
    const values = Array.isArray(wanted) ? wanted : [wanted];
    return values.length === 0 || values.some((value) => page.filters[name]?.includes(String(value)));
  });
}

/** The page's text, heading anchors and questions list as Pagefind's fragment holds them. */
function fragmentText(entry: Prepared): Pick<Fragment, 'content' | 'anchors' | 'meta'> {
  let location = 0;
  const anchors: NonNullable<Fragment['anchors']> = entry.sections.flatMap((part) => {
    const anchor = { id: part.section.id, text: part.section.title, location };
    location += part.raw.length;
    return part.section.id === '' ? [] : [anchor];
  });
  const meta: Record<string, string> = { ...entry.page.meta, title: entry.page.title };
  const span = entry.page.questions;
  if (span) {
    anchors.push({ element: 'ul', id: QUESTIONS.id, text: '', location: span[0] });
    meta[QUESTIONS.meta] = entry.sections
      .flatMap((part) => part.raw)
      .slice(span[0], span[1])
      .join(' ');
  }
  return { content: entry.sections.map((part) => part.section.text).join(' '), anchors, meta };
}

function result(entry: Prepared, matches: Match[], score: number, found: number[], root: string): EngineResult {
  const url = `${root}${entry.page.path}`;
  const marked = (list: readonly string[][]) => (index: number) =>
    matches.some((match) => hit(list[index] ?? [], match));
  const hits = entry.sections.filter((part) => matches.some((match) => positions(part.words, match).length > 0));
  const best = hits[0] ?? entry.sections[0];
  return {
    id: entry.page.id,
    score,
    words: found,
    data: () =>
      Promise.resolve({
        url,
        excerpt: best ? excerpt(best.raw, marked(best.words)) : '',
        filters: entry.page.filters,
        word_count: entry.sections.reduce((sum, part) => sum + part.words.length, 0),
        locations: found,
        ...fragmentText(entry),
        sub_results: hits.map((part) => ({
          title: part.section.title,
          url: part.section.id === '' ? url : `${url}#${encodeURIComponent(part.section.id)}`,
          excerpt: excerpt(part.raw, marked(part.words)),
          locations: matches.flatMap((match) => positions(part.words, match)),
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
  const vocabulary = new Set(pages.flatMap((entry) => everywhere(entry).flat()));
  const sorted = [...vocabulary];
  const frequency = (match: Match): number =>
    pages.filter((entry) => positions(everywhere(entry), match).length > 0).length;
  const search = (term: string | null, options: SearchOptions = {}): Promise<EngineResponse> => {
    const keys = splitWords(term ?? '')
      .map((word) => wordKey(word).normalize('NFD'))
      .filter((key) => key !== '');
    // A word that matches nothing at all is left out of the search, as Pagefind does.
    const matches = keys.map((key) => resolve(key, vocabulary, sorted)).filter((match) => match !== undefined);
    if (matches.length === 0)
      return Promise.resolve({ results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {} });
    const weights = matches.map((match) => Math.log(1 + pages.length / Math.max(1, frequency(match))));
    const results = pages.flatMap((entry) => {
      if (!allowed(entry.page, options.filters)) return [];
      const found = matches.map((match) => positions(everywhere(entry), match));
      if (found.some((list) => list.length === 0)) return [];
      const perWord = matches.map((match, n) =>
        entry.sections.reduce(
          (sum, part) => sum + HEADING_WEIGHT * positions(part.heading, match).length,
          TITLE_WEIGHT * positions(entry.title, match).length + (found[n]?.length ?? 0),
        ),
      );
      const score = perWord.reduce((sum, hits, n) => sum + Math.log(1 + hits) * (weights[n] ?? 1), 0);
      const locations = [...new Set(found.flat())].sort((a, b) => a - b);
      return [result(entry, matches, score, locations, root)];
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
