/**
 * Turns what a student types into concepts to search for: each concept is one thing the query asks
 * about, with the words any of which may stand for it, each with a weight (`이미지를` → `이미지` 1,
 * `image` 0.95; `지우는` → `지우` 1, `삭제` 0.95, `rm` 0.85). Adjacent words also form a joined
 * concept (`도커 허브` → `도커허브`), and a long word also tries its spaced halves (`도커허브` → `도커 허브`).
 */
import { englishBases } from './english.ts';
import { beforeEnding, stem, stripParticle, isEndingOnly } from './endings.ts';
import { compact, isFiller, lookup, type Found, type Lexicon } from './lexicon.ts';
import { hasHangul, length, splitLatinTail, splitNumber, words } from './normalize.ts';

export interface Concept {
  /** The query words this concept stands for, by position among the kept words. */
  covers: number[];
  /** Search words, the stem first; any one of them matching a page covers the concept. */
  terms: string[];
  /** How fully each term stands for the query word (1 for the word as typed). */
  weights: number[];
  /**
   * How much the query word matters: less for a word that is likely not the subject (UNSURE), one the
   * query negates, a word shaping the question (차이, 왜), a count or a word no page has.
   */
  importance?: number;
}

/** How fully a search word stands for the query word it came from. */
export const WEIGHT = {
  typed: 1,
  /** The word exactly as typed, particle and all (`메모리에만`), when the stem differs. */
  surface: 0.75,
  name: 1,
  /** A name found through a command typed alone (`pull` → `다운로드`). */
  nameOfCommand: 0.35,
  /** A name of the group of a literal typed with `.`, `/`, `:` or a digit (`compose.yaml` → Compose): related, not the same. */
  nameOfLiteral: 0.45,
  command: 0.7,
  stem: 0.95,
  spaced: 0.95,
  /** A spelling guessed for a word no page has (typo, keyboard layout, loanword): the typed word matched nothing. */
  fallback: 1,
} as const;

/** An ending of a verb form the stemmer could not cut (`다는`, `있는거`). */
const VERB_FORM = /[는은던게고며면]$/u;
/** An English word of three letters or more. */
const ENGLISH_WORD = /^[a-z]{3,}$/u;
/**
 * Likely not the subject: an unknown word ending like a verb form (VERB_FORM), or in a question asked
 * in English an English word the lexicon does not know (`made`, `write`): the pages are Korean, so
 * such a word looks rarer than it is.
 */
const UNSURE = 0.3;
/** A word typed as a command-line option (`-it`, `--rm`), perhaps with a particle or a comma (`-it을`, `-it,`). */
const OPTION = /^--?([a-z][a-z-]*)(?:[\uAC00-\uD7A3]+|[,.?!]+)?$/u;

/**
 * A word the query says not to do (`실행은 안 하기`, `삭제도 못 해요`, `실행하지 않고`): the student asks
 * about the other words, so this one matters little. A bare `안` after a noun is "inside" (`컨테이너 안`).
 */
const NEGATED_BY_NEXT = [
  { word: /[은는도]$/u, next: /^(?:안|못)(?:\s|$|하|해|돼|되)/u },
  { word: /지$/u, next: /^(?:않|못)/u },
] as const;
const NEGATED = 0.2;

/** True when the word at `index` is one the query negates. */
export function isNegated(list: readonly string[], index: number): boolean {
  const word = list[index] ?? '';
  const next = list[index + 1] ?? '';
  return hasHangul(word) && NEGATED_BY_NEXT.some((rule) => rule.word.test(word) && rule.next.test(next));
}

/**
 * A question asking what something is (`도커가 뭐예요`, `이미지란?`, `docker란`, `Docker Container 란`,
 * `볼륨 개념`, `what is docker`): the page or section that defines the thing answers it (`Docker란?`,
 * `Docker의 개념`).
 */
const ASKS_WHAT = /^(?:뭐|뭔|뭘|무엇|뜻|의미|개념|정의|what|이란\??$|란\??$)|[\uAC00-\uD7A3a-z0-9](?:이란|란)\??$/iu;

/** True when the query asks what something is. */
export function asksWhatItIs(query: string): boolean {
  return words(query).some((word) => ASKS_WHAT.test(word));
}

/**
 * A word asking how things differ (`CMD랑 RUN 차이`, `volume vs bind mount`): when two or more other
 * things are named, they are what the answer must hold, and a page merely titled with the word
 * (`…의 차이`) is not it.
 */
const COMPARES = /^(?:차이|비교|다른점|다름|vs$|versus$|differen|compar)/u;
/**
 * A word asking why (`-it 왜 붙여요`, `안 좋은 이유`): beside the thing asked about it shapes the question,
 * like 차이, and a page merely saying 이유 is not the answer.
 */
const ASKS_WHY = /^(?:왜|이유|why)$/u;

/**
 * Words that shape a question rather than name its subject: how much such a word matters once at least
 * `others` other words name what is asked about.
 */
const SHAPERS: readonly { is: (terms: Omit<Concept, 'covers'>) => boolean; others: number; importance: number }[] = [
  { is: (terms) => COMPARES.test(terms.terms[0] ?? ''), others: 2, importance: 0.3 },
  { is: (terms) => terms.terms.some((term) => ASKS_WHY.test(term)), others: 1, importance: 0.5 },
];

const MAX_TERMS = 10;
/**
 * Particles that end a phrase (`컨테이너와 이미지는`: container and image; `컨테이너는 이미지가`): a word
 * with one is no first part of a name (`컨테이너 이미지`), though one with `에` or `의` may be (`이미지에 태그`).
 */
const SEPARATES = new Set(['와', '과', '랑', '이랑', '하고', '은', '는', '이', '가', '도', '을', '를']);
/** A counter and its particle (`가지`, `개`, `대에`), after a number or 여러. */
const COUNTER = '(?:가지|개|번|단계|줄|명|대|종류|초|분)(?:[은는이가을를에의도씩]|에서|이나)?';
/**
 * A count (`4가지`, `3개`, `세가지`, `한대에`, `몇초`): how many things the student recalls or asks
 * about, not a thing to search for.
 */
const COUNT = new RegExp(`^(?:\\d+|한|두|세|네|다섯|몇)${COUNTER}$`, 'u');
/** Container IDs and digests in a pasted error: every one is different, none is worth searching for. */
const HEX_ID = /^(?=[0-9a-f]*\d)[0-9a-f]{8,}$/u;

/** `여러개`, `여러대에`: "several" typed onto its counter, which pages write apart (`여러 개의`). */
const SEVERAL = new RegExp(`^여러${COUNTER}$`, 'u');

/** A query word as the words pages write: `docker를` → `docker`, `타입2인가요` → `타입`, `2`, `여러개` → `여러`. */
function pieces(word: string): string[] {
  if (SEVERAL.test(word)) return ['여러'];
  const numbered = splitNumber(word);
  if (numbered) return [numbered.head, numbered.number, ...(isEndingOnly(numbered.tail) ? [] : [numbered.tail])];
  const split = splitLatinTail(word);
  if (!split) return [word];
  return isEndingOnly(split.tail) ? [split.head] : [split.head, split.tail];
}

/** `로키리눅스` → `로키 리눅스`, `로키리 눅스`; halves the lexicon knows also in their other spelling (`rocky linux`). */
function spacedHalves(word: string, lexicon: Lexicon): string[] {
  const syllables = [...word];
  // Three syllables: only the last one spaced off (`사용중` → `사용 중`).
  if (!hasHangul(word) || syllables.length < 3) return [];
  const halves: string[] = [];
  for (let cut = 2; cut <= syllables.length - 2; cut += 1) {
    const left = syllables.slice(0, cut).join('');
    const right = syllables.slice(cut).join('');
    const lefts = lookup(lexicon, left)?.group.names;
    const rights = lookup(lexicon, right)?.group.names;
    halves.push(`${left} ${right}`);
    if (lefts && rights)
      halves.unshift(
        `${lefts.find((name) => !hasHangul(name)) ?? left} ${rights.find((name) => !hasHangul(name)) ?? right}`,
      );
  }
  return halves;
}

/** Terms and weights in order, each term once (its first weight), at most MAX_TERMS. */
function weighted(entries: readonly (readonly [string, number])[]): Pick<Concept, 'terms' | 'weights'> {
  const seen = new Map<string, number>();
  for (const [term, weight] of entries) if (term !== '' && !seen.has(term)) seen.set(term, weight);
  const kept = [...seen].slice(0, MAX_TERMS);
  return { terms: kept.map(([term]) => term), weights: kept.map(([, weight]) => weight) };
}

/** A file name, host, path or version (`compose.yaml`, `hub.docker.com`, `overlay2`): searched literally first. */
const LITERAL = /[./:]|\d/u;

/** The group's words as search terms: names, then commands (or, for a command typed alone, only the names). */
function groupTerms(found: Found, typed: string): [string, number][] {
  if (found.via === 'command') return found.group.names.map((name) => [name, WEIGHT.nameOfCommand]);
  const nameWeight = !hasHangul(typed) && LITERAL.test(typed) ? WEIGHT.nameOfLiteral : WEIGHT.name;
  return [
    ...found.group.names.map((name): [string, number] => [name, nameWeight]),
    ...found.group.commands.map((command): [string, number] => [command, WEIGHT.command]),
    // Stems of two syllables or more are safe prefixes of the lessons' words (`내려받` → `내려받아`).
    ...found.group.stems.filter((item) => length(item) >= 2).map((item): [string, number] => [item, WEIGHT.stem]),
  ];
}

/**
 * A number of one digit (`타입 2`, `mysql 8`): Pagefind and the file:// index match it against
 * different words, so it is not searched; it still counts beside its neighbour (`type 2`).
 */
const DIGIT = /^\d$/u;

/** What the whole query says about its words. */
interface Reading {
  /** The query is a question in English. */
  prose: boolean;
  /** Words typed as options (`-it`, `--rm`), without their dashes. */
  options: ReadonlySet<string>;
}

function conceptTerms(
  word: string,
  lexicon: Lexicon,
  { prose, options }: Reading,
): Omit<Concept, 'covers'> | undefined {
  // `-it` is an option the vocabulary may name, though `it` alone is an English filler.
  const option = options.has(word) && lookup(lexicon, word) !== undefined;
  if ((isFiller(lexicon, word) && !option) || HEX_ID.test(word)) return undefined;
  if (DIGIT.test(word)) return { ...weighted([[word, WEIGHT.typed]]), importance: 0 };
  const base = hasHangul(word) ? stem(word) : word;
  // The groups of the word's English dictionary forms, looked up only when needed (each lookup scans the stems).
  const bases = () =>
    englishBases(word)
      .map((form) => lookup(lexicon, form))
      .filter((item) => item !== undefined);
  const found = lookup(lexicon, word) ?? lookup(lexicon, base) ?? bases()[0];
  // `images` in an English question is also the plural of image, not only the command `docker images`.
  const plural =
    prose && found?.via === 'command'
      ? bases().find((item) => item.via !== 'command' && item.group !== found.group)
      : undefined;
  if ((isFiller(lexicon, base) || isFiller(lexicon, beforeEnding(word))) && !found) return undefined;
  if (hasHangul(base) && length(base) < 2 && !found) return undefined;
  const head = found?.group.names.includes(word) ? word : base;
  const unsure = !found && (hasHangul(base) ? base === word && VERB_FORM.test(base) : prose && ENGLISH_WORD.test(word));
  const surface: [string, number][] =
    hasHangul(word) && word !== head && !word.includes(' ') ? [[word, WEIGHT.surface]] : [];
  return {
    ...weighted([
      [head, WEIGHT.typed],
      ...surface,
      ...(plural ? groupTerms(plural, word) : []),
      ...(found
        ? groupTerms(found, word)
        : spacedHalves(base, lexicon).map((half): [string, number] => [half, WEIGHT.spaced])),
    ]),
    ...(unsure ? { importance: UNSURE } : {}),
  };
}

/**
 * Joins runs of two or three query words that together are one name the lexicon knows
 * (`카피 온 라이트`, `도커 허브에서` → `도커 허브`), so they are searched as one concept.
 */
function joinNames(list: readonly string[], lexicon: Lexicon): string[] {
  const joined: string[] = [];
  for (let index = 0; index < list.length;) {
    const run = [3, 2]
      .map((size) => list.slice(index, index + size))
      .filter(
        (words) =>
          words.length > 1 &&
          words.slice(0, -1).every((word) => !SEPARATES.has(word.slice(stripParticle(word).length))),
      )
      .map((words) => words.map((word) => (hasHangul(word) ? stem(word) : word)).join(' '))
      .find((name) => lookup(lexicon, name)?.via === 'name');
    joined.push(run ?? list[index] ?? '');
    index += run ? run.split(' ').length : 1;
  }
  return joined;
}

/**
 * The command a pasted usage error is about (`docker: 'docker tag' requires 2 arguments` → `docker tag`):
 * Docker prints the same words for every command given the wrong number of arguments, so only the
 * command tells the pages apart.
 */
const USAGE = /['"‘“](docker(?: [a-z][a-z0-9-]*)+)['"’”] (?:requires|accepts)\b/u;

/** The command of a usage error pasted from a terminal; undefined for any other query. */
export function usageCommand(query: string): string | undefined {
  return USAGE.exec(query.toLowerCase())?.[1];
}

/**
 * The concepts of a query, in order, followed by the joined concepts of adjacent words; a pasted usage
 * error is read as its command alone.
 */
export function analyzeQuery(typed: string, lexicon: Lexicon): Concept[] {
  const query = usageCommand(typed) ?? typed;
  const list = joinNames(
    words(query)
      .filter((word) => !COUNT.test(word))
      .flatMap(pieces),
    lexicon,
  );
  // A question in English (`why are docker images made of layers`): no Korean, and not a message pasted from a terminal.
  const reading: Reading = {
    prose:
      !query.includes(':') &&
      !hasHangul(query) &&
      list.some((word) => ENGLISH_WORD.test(word) && isFiller(lexicon, word)),
    options: new Set(query.split(/\s+/u).flatMap((word) => OPTION.exec(word.toLowerCase())?.slice(1, 2) ?? [])),
  };
  const kept = list
    .map((word, index) => {
      const terms = conceptTerms(word, lexicon, reading);
      return terms && isNegated(list, index) ? { ...terms, importance: NEGATED } : terms;
    })
    .filter((terms) => terms !== undefined);
  const concepts: Concept[] = kept.map((terms, index) => {
    const shaper = SHAPERS.find(
      (item) => item.is(terms) && kept.filter((other) => !item.is(other)).length >= item.others,
    );
    return shaper
      ? { covers: [index], ...terms, importance: Math.min(terms.importance ?? 1, shaper.importance) }
      : { covers: [index], ...terms };
  });
  for (let index = 0; index + 1 < kept.length; index += 1) {
    const left = kept[index]?.terms[0] ?? '';
    const right = kept[index + 1]?.terms[0] ?? '';
    const found = lookup(lexicon, `${left}${right}`);
    // Latin words are spaced the same way everywhere; only Hangul compounds vary.
    if (!found && !(hasHangul(left) && hasHangul(right))) continue;
    concepts.push({
      covers: [index, index + 1],
      ...weighted([[compact(`${left}${right}`), WEIGHT.typed], ...(found ? groupTerms(found, `${left}${right}`) : [])]),
    });
  }
  return concepts;
}

/** Every distinct search word of a plan, in the order the concepts list them. */
export function searchTerms(concepts: readonly Concept[]): string[] {
  return [...new Set(concepts.flatMap((concept) => concept.terms))];
}
