/**
 * How often search puts an accepted page first, in Node, with no browser: the file:// engine over a
 * built site's Pagefind fragments and the content's current glossary and vocabulary (so a vocabulary
 * edit is measured without rebuilding). The browser tests type the same tables into the real dialog.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readPageFragments } from '../../src/integrations/pagefind-fragments.ts';
import { parseGlossaryNames } from '../../src/lib/search/glossary-names.ts';
import { koreanSearch, type SearchEngine } from '../../src/lib/search/korean-search.ts';
import {
  pageTitles,
  pageWords,
  searchContext,
  type LexiconData,
  type SearchContext,
} from '../../src/lib/search/lexicon-data.ts';
import { createOfflineEngine } from '../../src/lib/search/offline-engine.ts';
import { toOfflinePage } from '../../src/lib/search/offline-index.ts';
import { clientVocabulary } from '../../src/lib/search/vocabulary.ts';
import { readVocabulary } from '../../src/lib/search/vocabulary-file.ts';
import { accepted, targetOf, type QueryRow } from './query-table.ts';

export type Search = (query: string) => Promise<string[]>;

/** The file:// search engine over the site built in `site`, and the context it reads queries with. */
export async function offlineEngine(
  site: string,
  content: string,
): Promise<{ engine: SearchEngine; context: SearchContext }> {
  const pageFragments = await readPageFragments(site);
  const fragments = pageFragments.map((entry) => entry.fragment);
  const glossaryFile = path.join(content, 'glossary.yaml');
  const lexicon: LexiconData = {
    glossary: parseGlossaryNames(await readFile(glossaryFile, 'utf8'), glossaryFile),
    vocabulary: clientVocabulary(await readVocabulary(content)),
    words: pageWords(fragments),
    pages: fragments.length,
    titles: pageTitles(pageFragments),
  };
  const pages = pageFragments.map(({ id, fragment }) => toOfflinePage(fragment, '/', id));
  return { engine: createOfflineEngine({ lexicon, pages }, '/'), context: searchContext(lexicon) };
}

/** A search over `engine` that returns the first `count` results' targets (`lesson`, `errors#id`). */
export function targetSearch(engine: SearchEngine, context: SearchContext, count = 3): Search {
  const search = koreanSearch(engine, context);
  return async (query) => {
    const response = await search(query);
    const shown = await Promise.all(
      (response?.results ?? []).slice(0, count).map(async (result) => ((await result.data()) as { url: string }).url),
    );
    return shown.map((url) => targetOf(url) ?? `? ${url}`);
  };
}

/** targetSearch over the site built in `site`. */
export async function offlineSearch(site: string, content: string, count = 3): Promise<Search> {
  const { engine, context } = await offlineEngine(site, content);
  return targetSearch(engine, context, count);
}

export interface TableFigures {
  top1: number;
  top3: number;
  misses: { row: QueryRow; got: string[] }[];
}

/** Runs every row and counts an accepted page first and among the first three. */
export async function measureTable(search: Search, rows: readonly QueryRow[]): Promise<TableFigures> {
  let top1 = 0;
  let top3 = 0;
  const misses: TableFigures['misses'] = [];
  for (const row of rows) {
    const got = await search(row.query);
    if (accepted(row, got[0])) top1 += 1;
    else misses.push({ row, got });
    if (got.some((target) => accepted(row, target))) top3 += 1;
  }
  return { top1: top1 / rows.length, top3: top3 / rows.length, misses };
}
