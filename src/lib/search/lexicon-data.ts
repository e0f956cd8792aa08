/**
 * What the browser loads to understand queries (search/lexicon.json beside Pagefind's index, and
 * inside the file:// bundle's index): the glossary's names, the vocabulary, the words of the indexed
 * pages for spelling fallbacks, and how many pages there are.
 */
import { createDictionary, type Dictionary } from './fallback.ts';
import { createLexicon, lexiconNames, type GlossaryNames, type Lexicon } from './lexicon.ts';
import { stem } from './endings.ts';
import type { Fragment } from './offline-index.ts';
import type { ClientVocabulary } from './vocabulary.ts';

export interface LexiconData {
  glossary: GlossaryNames[];
  vocabulary: ClientVocabulary;
  /** Distinct words of the indexed pages (Hangul stems, English words), for typo and loanword guesses. */
  words: string[];
  /** How many pages the index holds, for how rare a word is. */
  pages: number;
  /** The parts' titles in course order (the values of the `part` filter), for the dialog's part filter. */
  parts?: string[];
}

export interface SearchContext {
  lexicon: Lexicon;
  dictionary: Dictionary;
  pages: number;
}

/** The distinct Hangul stems (two syllables or more) and English words (three letters or more) of the pages. */
export function pageWords(fragments: readonly Fragment[]): string[] {
  const found = new Set<string>();
  for (const fragment of fragments) {
    for (const word of fragment.content.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
      if (/^[\uAC00-\uD7A3]{2,}$/u.test(word)) found.add(stem(word));
      else if (/^[a-z]{3,}$/u.test(word)) found.add(word);
    }
  }
  return [...found].sort();
}

/** The titles of content/parts.yaml in course order; none when the file has no list of titled parts. */
export function partTitles(data: unknown): string[] {
  if (!Array.isArray(data)) return [];
  return data
    .map((part: unknown) => part as { title?: unknown; order?: unknown })
    .filter((part) => typeof part.title === 'string')
    .sort((a, b) => Number(a.order ?? 0) - Number(b.order ?? 0))
    .map((part) => part.title as string);
}

/** Filter counts with the values of `filter` in `order` (values not in it keep their place after). */
export function inOrder(
  counts: Record<string, Record<string, number>>,
  filter: string,
  order: readonly string[],
): Record<string, Record<string, number>> {
  const values = counts[filter];
  if (!values) return counts;
  const rank = (value: string) => (order.includes(value) ? order.indexOf(value) : order.length);
  const sorted = Object.entries(values).sort(([a], [b]) => rank(a) - rank(b));
  return { ...counts, [filter]: Object.fromEntries(sorted) };
}

/** The lexicon, the spelling dictionary and the page count, from the loaded data. */
export function searchContext(data: LexiconData): SearchContext {
  const lexicon = createLexicon(data.vocabulary.terms, data.glossary, data.vocabulary.fillers);
  return {
    lexicon,
    dictionary: createDictionary([...lexiconNames(lexicon), ...data.words]),
    pages: data.pages,
  };
}
