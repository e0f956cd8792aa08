/**
 * The file:// bundle's search data: each lesson's indexed text cut into sections at its headings,
 * taken from Pagefind's own fragments so both searches see the same words.
 */
import type { LexiconData } from './lexicon-data.ts';

export interface OfflineSection {
  /** The heading's id, or '' for the text before the first heading. */
  id: string;
  title: string;
  text: string;
}

export interface OfflinePage {
  /** The id Pagefind's results give the page, so both searches break ties alike. */
  id: string;
  /** Path from the site root, ending in `index.html`: file:// has no directory index. */
  path: string;
  title: string;
  filters: Record<string, string[]>;
  sections: OfflineSection[];
  /** Where the lesson's questions list lies among its words (questionsSpan), when it has one. */
  questions?: readonly [number, number];
  /** The fragment's other meta fields (`prior`), which scoring reads too. */
  meta?: Record<string, string>;
}

export interface OfflineIndex {
  /** The same data search/lexicon.json holds for the served site. */
  lexicon: LexiconData;
  pages: OfflinePage[];
}

/**
 * The list of questions a lesson answers (LessonQuestions.astro): its id, and the Pagefind meta field
 * that holds its text. Search reads it only where it belongs, in the lead, before the first heading.
 */
export const QUESTIONS = { id: 'lesson-questions', meta: 'questions' } as const;

/** A Pagefind fragment, the part we read. */
export interface Fragment {
  url: string;
  content: string;
  filters?: Record<string, string[]>;
  meta?: Record<string, string>;
  /** Elements with an id; `element` is their tag name (h2, div, …). */
  anchors?: { element?: string; id: string; text: string; location: number }[];
}

/** The words of indexed text as Pagefind counts them for its anchor locations: split at white space. */
export function indexedWords(text: string): string[] {
  return text.split(/\s+/u).filter((word) => word !== '');
}

/** Pagefind lists every element with an id; sections start at headings only (the file:// engine names no element). */
const isHeading = (anchor: NonNullable<Fragment['anchors']>[number]): boolean =>
  anchor.element === undefined || /^h[1-6]$/u.test(anchor.element);

/**
 * Where the fragment's questions list lies among its words, `[start, end)`: from its anchor, as long
 * as its meta text. Undefined when it has none, when it does not stand before the first heading, or
 * when the words there are not its meta text (the page and Pagefind disagree: read it as plain text).
 * `words` are the fragment's content as indexedWords, for a caller that has them already.
 */
export function questionsSpan(
  fragment: Fragment,
  words: readonly string[] = indexedWords(fragment.content),
): readonly [number, number] | undefined {
  const start = fragment.anchors?.find((anchor) => anchor.id === QUESTIONS.id)?.location;
  const asked = fragment.meta?.[QUESTIONS.meta];
  if (start === undefined || asked === undefined) return undefined;
  const questions = indexedWords(asked);
  const end = start + questions.length;
  const firstHeading = Math.min(...(fragment.anchors ?? []).filter(isHeading).map((anchor) => anchor.location));
  if (end > firstHeading) return undefined;
  return words.slice(start, end).join(' ') === questions.join(' ') ? [start, end] : undefined;
}

/** The URLs of the fragments whose questions list search cannot read where it stands (questionsSpan). */
export function misplacedQuestions(fragments: readonly Fragment[]): string[] {
  return fragments
    .filter((fragment) => fragment.meta?.[QUESTIONS.meta] !== undefined && questionsSpan(fragment) === undefined)
    .map((fragment) => fragment.url);
}

/** `words` without the questions list at `span` (questionsSpan), and the list's own words. */
export function cutQuestions(
  words: readonly string[],
  span: readonly [number, number] | undefined,
): { rest: string[]; questions: string[] } {
  if (span === undefined) return { rest: [...words], questions: [] };
  return { rest: [...words.slice(0, span[0]), ...words.slice(span[1])], questions: words.slice(span[0], span[1]) };
}

/** `/lessons/x/` under `base` → `lessons/x/index.html`. */
export function fragmentPath(url: string, base: string): string {
  const path = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\/+/u, '');
  const clean = path.replace(/^\/+/u, '');
  return clean === '' || clean.endsWith('/') ? `${clean}index.html` : clean;
}

/** Cuts a fragment's words into sections at its anchors (Pagefind counts anchor locations in words). */
export function toOfflinePage(fragment: Fragment, base: string, id = fragment.url): OfflinePage {
  const words = indexedWords(fragment.content);
  const anchors = (fragment.anchors ?? []).filter(isHeading).sort((a, b) => a.location - b.location);
  const cuts = [{ id: '', text: fragment.meta?.['title'] ?? '', location: 0 }, ...anchors];
  const sections = cuts
    .map((cut, index) => ({
      id: cut.id,
      title: cut.text,
      text: words.slice(cut.location, cuts[index + 1]?.location ?? words.length).join(' '),
    }))
    .filter((section) => section.text !== '');
  const questions = questionsSpan(fragment, words);
  // Title and questions have fields of their own; whatever else the page set (`prior`) rides along.
  const meta = Object.fromEntries(
    Object.entries(fragment.meta ?? {}).filter(([name]) => name !== 'title' && name !== QUESTIONS.meta),
  );
  return {
    id,
    path: fragmentPath(fragment.url, base),
    title: fragment.meta?.['title'] ?? fragment.url,
    filters: fragment.filters ?? {},
    sections,
    ...(questions ? { questions } : {}),
    ...(Object.keys(meta).length > 0 ? { meta } : {}),
  };
}

/** The classic script that hands the index to the page: `window[name] = {…}`. */
export function offlineIndexScript(index: OfflineIndex, name: string): string {
  const json = JSON.stringify(index).replace(/</gu, '\\u003c');
  return `window[${JSON.stringify(name)}]=${json};\n`;
}
