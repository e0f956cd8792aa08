/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` once Astro has written the site (run
 * by `finishSite()`), through Pagefind's Node API, so `npm run build` always ships a working
 * offline search. Pagefind indexes in a process of its own.
 * Only lesson bodies (and the errors and key-points pages) are indexed (`data-pagefind-body`),
 * without the chrome inside them; what the browser understands queries with (glossary names, the
 * search vocabulary, the indexed pages' words) goes beside the index as search/lexicon.json.
 */
import type { AstroIntegrationLogger } from 'astro';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { parseGlossaryNames } from '../lib/search/glossary-names.ts';
import { parse } from 'yaml';
import { pageTitles, pageWords, partTitles, type LexiconData } from '../lib/search/lexicon-data.ts';
import { EXCLUDED_SELECTORS, LESSON_PAGES, LEXICON_FILE, PAGEFIND_DIR } from '../lib/search/paths.ts';
import { misplacedQuestions } from '../lib/search/offline-index.ts';
import { clientVocabulary } from '../lib/search/vocabulary.ts';
import { contentDir, readVocabulary } from '../lib/search/vocabulary-file.ts';
import { readPageFragments } from './pagefind-fragments.ts';
import { seconds } from './seconds.ts';

/** Fails the build with Pagefind's own messages when indexing goes wrong. */
function check(errors: readonly string[], step: string): void {
  if (errors.length > 0) throw new Error(`pagefind ${step} failed:\n${errors.join('\n')}`);
}

async function writeLexicon(site: string): Promise<LexiconData> {
  const file = path.join(contentDir(), 'glossary.yaml');
  const pages = await readPageFragments(site);
  const fragments = pages.map((page) => page.fragment);
  const misplaced = misplacedQuestions(fragments);
  if (misplaced.length > 0)
    throw new Error(
      `search cannot read the questions list of ${misplaced.join(', ')}: it must stand in the lesson's lead, above its first heading, its words as Pagefind indexed them. Keep <LessonQuestions> above the lesson's headings (src/layouts/LessonLayout.astro).`,
    );
  const data: LexiconData = {
    glossary: parseGlossaryNames(await readFile(file, 'utf8'), file),
    vocabulary: clientVocabulary(await readVocabulary()),
    words: pageWords(fragments),
    pages: fragments.length,
    titles: pageTitles(pages),
    parts: partTitles(parse(await readFile(path.join(contentDir(), 'parts.yaml'), 'utf8'))),
  };
  const target = path.join(site, LEXICON_FILE);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, JSON.stringify(data));
  return data;
}

/** Indexes the lesson pages of the site built into `site` and writes the glossary names beside the index. */
export async function indexSite(site: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({
    forceLanguage: 'ko',
    excludeSelectors: [...EXCLUDED_SELECTORS],
  });
  check(errors, 'createIndex');
  if (!index) throw new Error('pagefind createIndex returned no index');
  try {
    // Lesson pages only: the home page, the glossary and the print pages repeat lesson text.
    const added = await index.addDirectory({ path: site, glob: LESSON_PAGES });
    check(added.errors, 'addDirectory');
    const written = await index.writeFiles({ outputPath: path.join(site, PAGEFIND_DIR) });
    check(written.errors, 'writeFiles');
    logger.info(
      `indexed ${added.page_count} pages into ${path.relative(process.cwd(), written.outputPath)} ${seconds(started)}`,
    );
  } finally {
    await pagefind.close();
  }
  const lexicon = await writeLexicon(site);
  logger.info(
    `wrote ${lexicon.glossary.length} glossary terms, ${lexicon.vocabulary.terms.length} vocabulary groups and ${lexicon.words.length} page words for search into ${LEXICON_FILE}`,
  );
}
