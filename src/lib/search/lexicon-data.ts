/**
 * What the browser loads to understand queries (search/lexicon.json beside Pagefind's index, and
 * inside the file:// bundle's index): the glossary's names, the vocabulary, the words of the indexed
 * pages for spelling fallbacks, and how many pages there are.
 */
import { createDictionary, type Dictionary } from './fallback.ts';
import { createLexicon, lexiconNames, type GlossaryNames, type Lexicon } from './lexicon.ts';
import { stem } from './endings.ts';
import { readingForms, splitLatinTail, words } from './normalize.ts';
import { cutQuestions, indexedWords, questionsSpan, type Fragment } from './offline-index.ts';
import type { ClientVocabulary } from './vocabulary.ts';

export interface LexiconData {
  glossary: GlossaryNames[];
  vocabulary: ClientVocabulary;
  /** Distinct words of the indexed pages (Hangul stems, English words), for typo and loanword guesses. */
  words: string[];
  /** How many pages the index holds, for how rare a word is. */
  pages: number;
  /** Each page's title by the id search results give it, so the first ranking can prefer the page a query names. */
  titles?: Record<string, string>;
  /** The parts' titles in course order (the values of the `part` filter), for the dialog's part filter. */
  parts?: string[];
}

export interface SearchContext {
  lexicon: Lexicon;
  dictionary: Dictionary;
  pages: number;
  /** Each page's title words (their reading forms) by result id. */
  titles: ReadonlyMap<string, string[][]>;
}

/**
 * The fragment's text without its questions list: search reads the questions as the lesson's text,
 * but their spoken words (`뭐가`, `일이`, `해요`) do not join the page words, or a word known from one
 * question would count as a rare course word in every query that says it.
 */
function taughtText(fragment: Fragment): string {
  const words = indexedWords(fragment.content);
  return cutQuestions(words, questionsSpan(fragment, words)).rest.join(' ');
}

/**
 * The distinct Hangul stems (two syllables or more) and English words (three characters or more,
 * `centos7` too, particles cut off) of the pages, outside their questions lists.
 */
export function pageWords(fragments: readonly Fragment[]): string[] {
  const found = new Set<string>();
  for (const fragment of fragments) {
    for (const written of taughtText(fragment)
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)) {
      // `libcontainer로`, `logout을`: an English word with a Korean particle is the English word.
      const word = splitLatinTail(written)?.head ?? written;
      if (/^[\uAC00-\uD7A3]{2,}$/u.test(word)) found.add(stem(word));
      else if (/^[a-z][a-z0-9]{2,}$/u.test(word)) found.add(word);
    }
  }
  return [...found].sort();
}

/** Each indexed page's title by its result id. */
export function pageTitles(pages: readonly { id: string; fragment: Fragment }[]): Record<string, string> {
  return Object.fromEntries(pages.map(({ id, fragment }) => [id, fragment.meta?.['title'] ?? '']));
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
    titles: new Map(Object.entries(data.titles ?? {}).map(([id, title]) => [id, words(title).map(readingForms)])),
  };
}
