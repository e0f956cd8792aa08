/**
 * Korean spellings of English words (`런타임` for runtime, `익스포즈` for EXPOSE) matched by their
 * consonants: both spellings reduce to the same skeleton of sound classes (`LNTM`), vowels left
 * out, since Korean loanwords keep an English word's consonants and respell its vowels.
 */
import { disassembleCompleteCharacter, romanize } from 'es-hangul';
import { distance } from 'fastest-levenshtein';

/** Sound classes of Korean consonants: initial, then final (a final ㅅ is a t: 인터넷). */
// prettier-ignore
const INITIAL: Record<string, string> = {
  ㄱ: 'K', ㄲ: 'K', ㄴ: 'N', ㄷ: 'T', ㄸ: 'T', ㄹ: 'L', ㅁ: 'M', ㅂ: 'P', ㅃ: 'P', ㅅ: 'S', ㅆ: 'S',
  ㅇ: '', ㅈ: 'S', ㅉ: 'S', ㅊ: 'S', ㅋ: 'K', ㅌ: 'T', ㅍ: 'P', ㅎ: 'H',
};
// prettier-ignore
const FINAL: Record<string, string> = { ㄱ: 'K', ㄴ: 'N', ㄹ: 'L', ㅁ: 'M', ㅂ: 'P', ㅅ: 'T', ㅇ: 'G', ㅋ: 'K', ㅍ: 'P' };

/** English letters and letter pairs, longest first, with the class Korean spells them with. */
const ENGLISH: readonly (readonly [RegExp, string])[] = [
  [/^(?:ch|sh|th|tch)/u, 'S'],
  [/^(?:ph)/u, 'P'],
  [/^(?:ck|qu)/u, 'K'],
  [/^(?:gh|wh)/u, ''],
  [/^n(?=[kg])/u, 'G'],
  [/^ng/u, 'G'],
  [/^x/u, 'KS'],
  [/^c(?=[eiy])/u, 'S'],
  [/^g(?=[eiy])/u, 'S'],
  [/^[cgkq]/u, 'K'],
  [/^[bpfv]/u, 'P'],
  [/^[dt]/u, 'T'],
  [/^[sjz]/u, 'S'],
  [/^[lr]/u, 'L'],
  [/^m/u, 'M'],
  [/^n/u, 'N'],
  [/^h(?=[aeiou])/u, 'H'],
  [/^[aeiouyhw]/u, ''],
];

function collapse(classes: string): string {
  return classes.replace(/(.)\1+/gu, '$1');
}

/** The consonant skeleton of a Hangul word (`런타임` → `LNTM`); '' when it holds anything but syllables. */
export function hangulSkeleton(word: string): string {
  let classes = '';
  for (const character of word) {
    const parts = disassembleCompleteCharacter(character);
    if (!parts) return '';
    classes += (INITIAL[parts.choseong] ?? '') + (FINAL[parts.jongseong] ?? '');
  }
  return collapse(classes);
}

/** The consonant skeleton of an English word as Korean would spell it (`runtime` → `LNTM`; `r` before a consonant is silent). */
export function englishSkeleton(word: string): string {
  const letters = word
    .toLowerCase()
    .replace(/[^a-z]/gu, '')
    .replace(/([aeiouy])r(?![aeiouy])/gu, '$1');
  let classes = '';
  for (let rest = letters; rest !== '';) {
    const rule = ENGLISH.find(([pattern]) => pattern.test(rest));
    const match = rule?.[0].exec(rest)?.[0] ?? rest.charAt(0);
    classes += rule?.[1] ?? '';
    rest = rest.slice(match.length);
  }
  return collapse(classes);
}

/** Prepared English words to match Korean spellings against. */
export interface LoanwordIndex {
  bySkeleton: Map<string, string[]>;
}

/** Indexes English words (three letters or more) by skeleton. */
export function loanwordIndex(english: readonly string[]): LoanwordIndex {
  const bySkeleton = new Map<string, string[]>();
  for (const word of english) {
    if (!/^[a-z]{3,}$/u.test(word)) continue;
    const skeleton = englishSkeleton(word);
    if (skeleton.length < 2) continue;
    bySkeleton.set(skeleton, [...(bySkeleton.get(skeleton) ?? []), word]);
  }
  return { bySkeleton };
}

/** `태깅`, `빌딩`, `러닝`: a last syllable in -ㅣㅇ spells English -ing (tag, build, run + ing). */
function endsLikeIng(word: string): boolean {
  const last = disassembleCompleteCharacter([...word].at(-1) ?? '');
  return last?.jungseong === 'ㅣ' && last.jongseong === 'ㅇ';
}

/** English words a Hangul word may be the Korean spelling of, closest romanisation first, at most `limit`. */
export function loanwordsFor(word: string, index: LoanwordIndex, limit = 2): string[] {
  const skeleton = hangulSkeleton(word);
  if (skeleton.length < 2) return [];
  const stemmed = endsLikeIng(word) ? skeleton.replace(/G$/u, '') : '';
  const candidates = index.bySkeleton.get(skeleton) ?? (stemmed.length >= 2 ? index.bySkeleton.get(stemmed) : []) ?? [];
  // Korean adds 으 between English consonants (스타트 for start): left out, the romanisation reads closer.
  const spoken = romanize(word).replace(/eu/gu, '');
  return [...candidates]
    .sort((a, b) => distance(spoken, a) - distance(spoken, b) || a.localeCompare(b))
    .slice(0, limit);
}
