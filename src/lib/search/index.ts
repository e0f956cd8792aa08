/** Korean query understanding for search: one entry for the site, the file:// bundle and the tests. */
export { analyzeQuery, searchTerms, type Concept } from './analyze.ts';
export { createLexicon, synonyms, type GlossaryNames, type Lexicon, type TermGroup } from './lexicon.ts';
export { searchContext, type LexiconData, type SearchContext } from './lexicon-data.ts';
export { koreanSearch, type EngineResponse, type EngineResult, type SearchEngine } from './korean-search.ts';
