/** Where the search files live in the built site, relative to its root (the site's `base`). */

/** Pagefind's bundle: the index, its JS API and its Component UI. */
export const PAGEFIND_DIR = 'pagefind/';
/** The glossary names the browser expands aliases from (written by the Pagefind integration). */
export const LEXICON_FILE = 'search/lexicon.json';
/** The file:// bundle's index: a classic script that assigns the data to a global. */
export const OFFLINE_INDEX_FILE = 'search/offline-index.js';
/** The global the offline index script assigns. */
export const OFFLINE_INDEX_GLOBAL = '__courseSearchIndex';
/** The chrome inside a lesson body that must not be indexed: code captions and copy buttons, heading anchors. */
export const EXCLUDED_SELECTORS = ['.code-caption', '.code-copy', '.heading-anchor', '#objectives-heading'] as const;
/** The built pages Pagefind indexes (a glob relative to the site root): the lessons and the key-points page. */
export const LESSON_PAGES = '{lessons/**/*.html,keypoints/index.html}';
