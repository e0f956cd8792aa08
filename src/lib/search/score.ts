/**
 * How well one page answers the query, read from its indexed text (the same Pagefind fragment over
 * HTTP and from file://, so both searches rank alike). A page whose title or headings name the
 * query's concepts beats one that mentions them in passing, and one section holding all of them
 * beats words scattered over the page. Each query word counts by how rare it is among the pages.
 */
import type { Concept } from './analyze.ts';
import { termKeys, typedOnly } from './concept-keys.ts';
import { queryKeys, readingForms, words } from './normalize.ts';
import { closeTogether, echo, pairCounts, type Phrase } from './proximity.ts';
import { holdsTerm, sameWord } from './same-word.ts';
import { cutQuestions, indexedWords, toOfflinePage, type Fragment } from './offline-index.ts';
import { lessonOfPath } from '../paths.ts';

export interface SectionText {
  /** Heading id, '' for the text before the first heading (the title and the lead). */
  id: string;
  title: string;
  heading: string[][];
  /** Each word of the text as Pagefind indexes it (a compound has several forms). */
  words: string[][];
  /** The words as written, for excerpts. */
  raw: string[];
}

export interface PageText {
  title: string;
  /** How the page ranks against a lesson for the same words (`prior` meta, 1 for a lesson). */
  prior: number;
  /**
   * A page outside lessons/ that gathers sections about different lessons (key points, errors): it
   * answers with one section, so a query word only elsewhere on it counts as missing.
   */
  gathering: boolean;
  titleWords: string[][];
  sections: SectionText[];
  /**
   * The questions a lesson says it answers (its questions box, which stands in the lead), as words;
   * the lead section does not hold them, so a result opens where the lesson answers, not at its top.
   */
  asked: string[][];
  /** Where in the lead's words the questions stood. */
  askedAt: number;
}

export interface PageScore {
  score: number;
  /** Sections by how squarely they answer, best first (the lead only when nothing else does). */
  sections: { section: SectionText; score: number }[];
}

/**
 * Weights of where a query word is found; tuned on e2e/search-queries.yaml, e2e/search-queries-tuned.yaml and
 * batches A–G of e2e/search-queries-more.yaml (coordinate search, each weight times 0.6 to 1.6), then checked
 * on batches H and I, which the weight search did not use.
 */
export const PLACE = {
  title: 4,
  heading: 1.92,
  lead: 1.375,
  /**
   * In the lead's place, a word found only in the lesson's questions (a learner's words, not the
   * lesson's) counts this much of one the lead says itself; elsewhere (the answering section, how
   * often) the questions count as the page's text.
   */
  asked: 0.5,
  /** Times log2(1 + occurrences) on the whole page. */
  frequency: 0.3125,
  /** The section that holds most of the query. */
  section: 1.9,
  /** Query word pairs side by side in that section (`docker images`). */
  phrase: 0.6,
  /** Times log2(1 + how often query word pairs stand side by side on the whole page): a page that keeps writing `docker create` is about it. */
  phraseFrequency: 0.8,
  /** The query words found within a few words of each other (one sentence, one table row). */
  window: 1,
  /**
   * Times the rarity of the longest run of three or more query words that a section echoes as typed and
   * in order (`컨테이너를 만들기만 하고 실행하지는` for `컨테이너 만들기만 하고 실행은 안 하기`). Chosen among 1, 2 and 3
   * on the tuned tables; the held-out half was measured once, with 2 (unchanged).
   */
  echo: 2,
  /** Times log2(1 + occurrences) of the query word as typed (not a synonym): `dockerd` before pages that say 데몬. */
  literal: 0.2,
  /** A query word the page does not have at all. */
  missing: 1.8,
  /** Times the share of the page's headings that name a query word: a page whose headings keep naming it is about it. */
  share: 1,
  /** Titles and headings weigh a common word this much of a rare one (a title names what the page is about). */
  structuralFloor: 0.5,
  /** For a question asking what something is: a title or heading that defines a query word (`Docker란?`, `…의 개념`). */
  definition: 1.6,
} as const;

/**
 * How a page outside lessons/ that names no `prior` of its own ranks against a lesson: such a page
 * gathers what the lessons say (key points, errors), so the lesson comes first for the same words.
 */
const GATHERING_PRIOR = 0.7;

function forms(text: string): string[][] {
  return indexedWords(text).map(readingForms);
}

/** Prepares a page's indexed text for scoring. */
export function pageText(fragment: Fragment): PageText {
  const page = toOfflinePage(fragment, '/');
  const lesson = lessonOfPath(fragment.url) !== undefined;
  const prior = Number(fragment.meta?.['prior'] ?? (lesson ? 1 : GATHERING_PRIOR));
  const sections = page.sections.map((section) => indexedWords(section.text));
  // The questions list stands in the lead, the section before the first heading (questionsSpan).
  const { rest: lead, questions } = cutQuestions(
    sections[0] ?? [],
    page.sections[0]?.id === '' ? page.questions : undefined,
  );
  return {
    title: page.title,
    gathering: !lesson,
    prior: Number.isFinite(prior) && prior > 0 ? prior : 1,
    titleWords: words(page.title).map(readingForms),
    sections: page.sections.map((section, index) => {
      const raw = index === 0 ? lead : (sections[index] ?? []);
      return { id: section.id, title: section.title, heading: forms(section.title), words: raw.map(readingForms), raw };
    }),
    asked: questions.map(readingForms),
    askedAt: page.questions?.[0] ?? 0,
  };
}

/** For each query position, the best weight of a concept covering it that `list` holds. */
function found(list: readonly string[][], concepts: readonly Concept[]): Map<number, number> {
  const best = new Map<number, number>();
  for (const concept of concepts) {
    const weight = Math.max(
      0,
      ...concept.terms.map((term, n) => (holdsTerm(list, term) ? (concept.weights[n] ?? 0) : 0)),
    );
    if (weight === 0) continue;
    for (const index of concept.covers) best.set(index, Math.max(best.get(index) ?? 0, weight));
  }
  return best;
}

/**
 * How many times a term of a concept covering each query position stands in `list`, each by its
 * term's weight: a word where it matches, a name of several words where they stand side by side.
 */
function counts(list: readonly string[][], concepts: readonly Concept[]): Map<number, number> {
  const result = new Map<number, number>();
  for (const concept of concepts.filter((item) => item.covers.length === 1)) {
    const terms = termKeys(concept).filter((term) => term.keys.length > 0);
    let count = 0;
    for (let at = 0; at < list.length; at += 1) {
      let best = 0;
      for (const term of terms) {
        if (term.weight > best && term.keys.every((key, offset) => sameWord(list[at + offset] ?? [], key)))
          best = term.weight;
      }
      count += best;
    }
    const index = concept.covers[0] ?? 0;
    result.set(index, (result.get(index) ?? 0) + count);
  }
  return result;
}

/** Occurrence counts as log2(1 + n): the fifth mention adds less than the second. */
function logCounts(map: ReadonlyMap<number, number>): Map<number, number> {
  return new Map([...map].map(([index, count]) => [index, Math.log2(1 + count)] as const));
}

function sum(map: ReadonlyMap<number, number>, rarity: readonly number[]): number {
  let total = 0;
  for (const [index, value] of map) total += value * (rarity[index] ?? 1);
  return total;
}

/**
 * Rarity for titles and headings: softened, since a title is short and names what the page is
 * about even when the word is common in running text (`컨테이너 명령`).
 */
function structural(rarity: readonly number[]): number[] {
  return rarity.map((value) => (value === 0 ? 0 : PLACE.structuralFloor + (1 - PLACE.structuralFloor) * value));
}

/** A word that says its title defines what stands before it: `…란?`, `…이란`, `개념`, `정의`. */
const DEFINES_BEFORE = /^(?:이?란|개념|정의|뜻|의미)[과와]?\??$/u;
const DEFINES_ITSELF = /^(.+?)이?란\??$/u;

/**
 * What a title or heading defines, as words (`Docker란? 개념과 역할` → Docker, `Docker Image 란?` →
 * Docker Image, `Docker의 개념` → Docker의); empty for one that defines nothing.
 */
export function definedWords(title: string): string[] {
  const list = indexedWords(title);
  for (const [index, word] of list.entries()) {
    if (DEFINES_BEFORE.test(word)) return list.slice(0, index);
    const itself = DEFINES_ITSELF.exec(word)?.[1];
    if (itself !== undefined && /[\p{L}\p{N}]$/u.test(itself)) return [...list.slice(0, index), itself];
  }
  return [];
}

/**
 * The rarity of the query words a defining title or heading is about, when it is about nothing
 * else (`Docker Compose 파일이란?` does not define `도커`).
 */
function definitionOf(
  title: string,
  concepts: readonly Concept[],
  keys: readonly string[],
  rarity: readonly number[],
): number {
  const subject = definedWords(title).map(readingForms);
  if (subject.length === 0 || !subject.every((forms) => keys.some((key) => sameWord(forms, key)))) return 0;
  return sum(found(subject, concepts), rarity);
}

function sectionScore(
  section: SectionText,
  concepts: readonly Concept[],
  keys: readonly string[],
  rarity: readonly number[],
  pairs: readonly number[],
  defines: boolean,
): number {
  const inHeading = found(section.heading, concepts);
  const inText = found(section.words, concepts);
  const both = new Map(inText);
  for (const [index, value] of inHeading) both.set(index, Math.max(both.get(index) ?? 0, value));
  // A heading about nothing but the query breaks ties between sections that hold the same words.
  const precision =
    section.heading.length === 0
      ? 0
      : section.heading.filter((word) => keys.some((key) => sameWord(word, key))).length / section.heading.length;
  return (
    sum(both, rarity) +
    0.5 * sum(inHeading, rarity) +
    0.25 * precision +
    PLACE.phrase * pairs.filter((count) => count > 0).length +
    PLACE.window * closeTogether(section.words, concepts, rarity) +
    (defines ? PLACE.definition * definitionOf(section.title, concepts, keys, rarity) : 0)
  );
}

/**
 * Scores a page for the query: where its words are (title, headings, lead and the lesson's questions,
 * how often), the one section that holds most of them (the lead counted with its questions), and what
 * it lacks. `rarity` weighs each query position (1 for
 * the rarest word); `defines` says the query asks what something is.
 */
export function scorePage(
  page: PageText,
  concepts: readonly Concept[],
  rarity: readonly number[],
  phrases: readonly Phrase[] = [],
  defines = false,
): PageScore {
  const positions = new Set(concepts.flatMap((concept) => concept.covers));
  const [lead, ...rest] = page.sections[0]?.id === '' ? page.sections : [undefined, ...page.sections];
  const inTitle = found(page.titleWords, concepts);
  const inLead = found(lead?.words ?? [], concepts);
  for (const [index, value] of found(page.asked, concepts))
    inLead.set(index, Math.max(inLead.get(index) ?? 0, PLACE.asked * value));
  // The lead as the page holds it, questions and all: the section the page answers with may be it,
  // though a result opens where the lesson answers (`sections` leaves the questions out).
  const leadAsked =
    lead && page.asked.length > 0
      ? { ...lead, words: [...lead.words.slice(0, page.askedAt), ...page.asked, ...lead.words.slice(page.askedAt)] }
      : undefined;
  const inHeadings = new Map<number, number>();
  const headingCount = new Map<number, number>();
  for (const section of rest) {
    for (const [index, value] of found(section?.heading ?? [], concepts)) {
      inHeadings.set(index, Math.max(inHeadings.get(index) ?? 0, value));
      headingCount.set(index, (headingCount.get(index) ?? 0) + 1);
    }
  }
  const share = new Map([...headingCount].map(([index, count]) => [index, count / Math.max(1, rest.length)] as const));
  const allWords = [...page.sections.flatMap((section) => [...section.heading, ...section.words]), ...page.asked];
  const everywhere = counts(allWords, concepts);
  const onPage = new Set([
    ...inTitle.keys(),
    ...inLead.keys(),
    ...inHeadings.keys(),
    ...[...everywhere].filter(([, n]) => n > 0).map(([i]) => i),
  ]);
  const literal = logCounts(counts(allWords, concepts.map(typedOnly)));
  const frequency = logCounts(everywhere);
  const pairs = page.sections.map((section) => pairCounts(section.words, phrases));
  const leadPairs = leadAsked ? pairCounts(leadAsked.words, phrases) : [];
  const pairTotal = [...(leadAsked ? [leadPairs, ...pairs.slice(1)] : pairs)]
    .flat()
    .reduce((total, count) => total + count, 0);
  // The query's words as keys, once for every section of the page.
  const keys = queryKeys(concepts.flatMap((concept) => concept.terms));
  const sections = page.sections
    .map((section, index) => ({
      section,
      score: sectionScore(section, concepts, keys, rarity, pairs[index] ?? [], defines),
    }))
    .sort((a, b) => b.score - a.score || Number(a.section.id === '') - Number(b.section.id === ''));
  const best = sections[0]?.section;
  const bestScore = Math.max(
    sections[0]?.score ?? 0,
    leadAsked ? sectionScore(leadAsked, concepts, keys, rarity, leadPairs, defines) : 0,
  );
  const answered =
    page.gathering && best
      ? new Set([...found(best.heading, concepts).keys(), ...found(best.words, concepts).keys()])
      : onPage;
  const missing = [...positions]
    .filter((index) => !answered.has(index))
    .reduce((total, index) => total + (rarity[index] ?? 1), 0);
  const soft = structural(rarity);
  const echoed = Math.max(
    0,
    echo(page.asked, concepts, rarity),
    ...page.sections.map((section) => echo(section.words, concepts, rarity)),
  );
  const score =
    PLACE.echo * echoed +
    PLACE.title * sum(inTitle, soft) +
    PLACE.heading * sum(inHeadings, soft) +
    PLACE.share * sum(share, soft) +
    PLACE.lead * sum(inLead, rarity) +
    PLACE.frequency * sum(frequency, rarity) +
    PLACE.literal * sum(literal, rarity) +
    PLACE.section * bestScore +
    PLACE.phraseFrequency * Math.log2(1 + pairTotal) -
    PLACE.missing * missing;
  return { score: score >= 0 ? score * page.prior : score / page.prior, sections };
}
