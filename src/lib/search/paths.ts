/** Where the search files live in the built site, relative to its root (the site's `base`). */

/** Pagefind's bundle: the index, its JS API and its Component UI. */
export const PAGEFIND_DIR = 'pagefind/';
/** What the browser understands queries with: glossary names, vocabulary, page words (written by the Pagefind integration). */
export const LEXICON_FILE = 'search/lexicon.json';
/** The search vocabulary, in the course content folder (content/ or COURSE_CONTENT_DIR). */
export const VOCABULARY_FILE = 'search-vocabulary.yaml';
/** The file:// bundle's index: a classic script that assigns the data to a global. */
export const OFFLINE_INDEX_FILE = 'search/offline-index.js';
/** The global the offline index script assigns. */
export const OFFLINE_INDEX_GLOBAL = '__courseSearchIndex';
/** The chrome inside a lesson body that must not be indexed: code captions and copy buttons, heading anchors. */
export const EXCLUDED_SELECTORS = ['.code-caption', '.code-copy', '.heading-anchor', '#objectives-heading'] as const;
/** The built pages Pagefind indexes (a glob relative to the site root): the lessons, the key-points and the errors page. */
export const LESSON_PAGES = '{lessons/**/*.html,keypoints/index.html,errors/index.html}';
/**
 * How a page that only gathers what lessons say (the errors page) ranks against a lesson for the same
 * words: its score is scaled by this (`data-pagefind-meta="prior:…"`), so it wins only clearly.
 */
export const ERRORS_PRIOR = 0.7;
