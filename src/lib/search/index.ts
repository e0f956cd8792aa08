/** Korean query understanding for search: one entry for the site, the file:// bundle and the tests. */
export { analyzeQuery, searchTerms, type Concept } from './analyze.ts';
export { BUILTIN_TERMS } from './builtin-terms.ts';
export { createLexicon, synonyms, type GlossaryNames, type Lexicon } from './lexicon.ts';
export { koreanSearch, type EngineResponse, type EngineResult, type SearchEngine } from './korean-search.ts';
