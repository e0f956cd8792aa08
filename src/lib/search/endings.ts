/**
 * Korean particles and verb endings, so `이미지를` becomes `이미지` and `실행하려면` becomes `실행`.
 * Pagefind matches indexed words that start with the query word, so a stem finds every inflected
 * form in the lessons; a stem is never cut below two syllables, where a noun's last syllable and
 * a particle look alike (`추가`, `결과`, `경로`).
 */
import { combineCharacter, disassembleCompleteCharacter } from 'es-hangul';
import { length } from './normalize.ts';

/**
 * Particles (josa), short endings, `법` (`작성법` → `작성`) and the plural `들` (`기능들`), longest first so
 * `에서는` wins over `는`.
 */
const PARTICLES = [
  '하는방법',
  '하는법',
  '에서부터',
  '으로부터',
  '이라는',
  '이라고',
  '에게서',
  '에서는',
  '에서도',
  '에서의',
  '으로는',
  '으로도',
  '으로서',
  '으로써',
  '로부터',
  '이에요',
  '인가요',
  '인거죠',
  '인거야',
  '인데요',
  '입니다',
  '에서',
  '에게',
  '한테',
  '께서',
  '까지',
  '부터',
  '처럼',
  '끼리',
  '보다',
  '마다',
  '조차',
  '밖에',
  '이나',
  '이며',
  '이란',
  '이랑',
  '으로',
  '에는',
  '에도',
  '로는',
  '로도',
  '라는',
  '라고',
  '로서',
  '로써',
  '와의',
  '과의',
  '이다',
  '인가',
  '인데',
  '인거',
  '인지',
  '때는',
  '때도',
  '이고',
  '이면',
  '예요',
  '에요',
  '이요',
  '방법',
  '을',
  '를',
  '이',
  '가',
  '은',
  '는',
  '의',
  '에',
  '로',
  '와',
  '과',
  '도',
  '만',
  '란',
  '랑',
  '나',
  '요',
  '야',
  '법',
  '들',
  '때',
] as const;

/**
 * Endings a verb stem takes (`지우는`, `만들려면`, `띄우기`), longest first. Not `지` or `서`:
 * too many nouns end in them (`이미지`, `패키지`, `인증서`).
 */
const VERB_ENDINGS = [
  '으려다가',
  '려다가',
  '으려면',
  '는방법',
  '려고요',
  '는법',
  '라니까',
  '라는데',
  '려면',
  '려고',
  '려다',
  '는데',
  '는지',
  '나요',
  '니까',
  '으면',
  '어서',
  '아서',
  '었던',
  '았던',
  '는',
  '기',
  '고',
  '면',
  '게',
] as const;

/** Light verbs after a Sino-Korean noun: `실행하다`, `설치되다`, `실행시키다` and their forms. */
const LIGHT_VERB =
  /^([\uAC00-\uD7A3]{2,}?)(?:하|해|했|할|한|함|합|되|돼|됐|된|될|됨|됩|시키|시켜|시킨|시킬)[\uAC00-\uD7A3]*$/u;

function stripLongest(word: string, endings: readonly string[], keep = 2): string {
  for (const ending of endings) {
    if (word.endsWith(ending) && length(word) - length(ending) >= keep) return word.slice(0, -ending.length);
  }
  return word;
}

/** Removes one particle from the end of a Hangul word, keeping at least two syllables. */
export function stripParticle(word: string): string {
  return stripLongest(word, PARTICLES);
}

/** The word before a particle, however short (`뭐부터` → `뭐`): for telling a question word, not for searching. */
export function beforeParticle(word: string): string {
  return stripLongest(word, PARTICLES, 1);
}

/** The word before a verb ending, however short (`뭐고` → `뭐`): for telling a question word, not for searching. */
export function beforeEnding(word: string): string {
  return stripLongest(word, VERB_ENDINGS, 1);
}

/** Cuts a light verb and what follows (`실행하려면` → `실행`); the word itself when there is none. */
export function stripLightVerb(word: string): string {
  return LIGHT_VERB.exec(word)?.[1] ?? word;
}

/** Removes a verb ending (`지우는` → `지우`), keeping at least two syllables. */
export function stripVerbEnding(word: string): string {
  return stripLongest(word, VERB_ENDINGS);
}

/** The stem a Hangul query word is searched by: light verb first, then a particle or an ending. */
export function stem(word: string): string {
  const light = stripLightVerb(word);
  if (light !== word) return light;
  const particle = stripParticle(word);
  if (particle !== word) return stripParticle(particle);
  return stripVerbEnding(word);
}

/** A case particle and the particle that may follow it (`에` + `만`, `까지` + `도`): `메모리에만`, `서버로도`. */
const STACKED = /^(?:에|에서|으로|로|까지|에게|한테|부터)(?:만|도|는|의|요)$/u;

/** True when `tail` is nothing but a particle (`를`, `에서는`, `에만`) or an ending (`하려면`). */
export function isEndingOnly(tail: string): boolean {
  if (tail === '') return true;
  if ((PARTICLES as readonly string[]).includes(tail) || (VERB_ENDINGS as readonly string[]).includes(tail))
    return true;
  if (STACKED.test(tail)) return true;
  // A light verb and its endings (`하려면`), or the 아/어 a verb stem takes (`깔아요`, `붙어서`, `찾았는데`).
  return /^(?:하|해|했|할|한|함|합|되|돼|됐|된|될|됨|됩)[\uAC00-\uD7A3]{0,3}$|^(?:아|어|았|었)[\uAC00-\uD7A3]{0,2}$/u.test(
    tail,
  );
}

/** `안` or `못` typed onto the verb it negates (`안켜져요`, `못지움`). */
const GLUED_NEGATION = /^[안못](?=[\uAC00-\uD7A3]{2})/u;

/**
 * The word without the ㅁ that makes a verb a noun (`켜짐` → `켜지`, `지움` → `지우`) or the ㄴ or ㄹ that
 * makes it describe one (`지워질 때` → `지워지`); undefined without one.
 */
function withoutNounEnding(word: string): string | undefined {
  // undefined for anything but a whole syllable
  const parts = disassembleCompleteCharacter(word.at(-1) ?? '');
  if (parts === undefined || !['ㅁ', 'ㄴ', 'ㄹ'].includes(parts.jongseong)) return undefined;
  return word.slice(0, -1) + combineCharacter(parts.choseong, parts.jungseong);
}

/** Vowels a verb ends in before the passive 지 (`꺼지`, `켜지`, `만들어지`; es-hangul spells ㅝ of `지워지` ㅜㅓ). */
const BEFORE_PASSIVE = new Set(['ㅏ', 'ㅓ', 'ㅕ', 'ㅐ', 'ㅔ']);

/** True when `word` ends in the passive 지 after a verb's 아/어 (`지워지`), not a noun's 지 (`이미지`). */
function isPassive(word: string): boolean {
  const before = disassembleCompleteCharacter([...word].at(-2) ?? '');
  return (
    word.endsWith('지') &&
    before !== undefined &&
    before.jongseong === '' &&
    BEFORE_PASSIVE.has(before.jungseong.at(-1) ?? '')
  );
}

/**
 * The verb before its past tense (`껐다` → `꺼`, `지웠어요` → `지워`, `켰더니` → `켜`): the past is a
 * final ㅆ on the stem's last syllable, and only endings follow it; undefined without one.
 */
function beforePast(word: string): string | undefined {
  const syllables = [...word];
  for (let at = syllables.length - 1; at >= 0; at -= 1) {
    const parts = disassembleCompleteCharacter(syllables[at] ?? '');
    if (parts?.jongseong === 'ㅆ')
      return syllables.slice(0, at).join('') + combineCharacter(parts.choseong, parts.jungseong);
  }
  return undefined;
}

/**
 * The forms a verb may be looked up by, as typed first: without a glued `안`/`못` (`안켜짐` → `켜짐`),
 * without the ㅁ, ㄴ or ㄹ that makes it a noun or describe one (`켜짐`, `켜진` → `켜지`) and then the passive
 * `지` (`지워짐` → `지워지` → `지워`), and before its past tense (`껐다` → `꺼`).
 */
export function verbForms(word: string): string[] {
  const forms = [word];
  const plain = word.replace(GLUED_NEGATION, '');
  if (plain !== word) forms.push(plain);
  const verb = withoutNounEnding(plain);
  if (verb !== undefined) forms.push(verb);
  const passive = verb ?? plain;
  if (isPassive(passive)) forms.push(passive.slice(0, -1));
  const past = beforePast(plain);
  if (past !== undefined) forms.push(past);
  return forms;
}

/**
 * A verb in a spoken form, polite, plain or asking (`보여주세요`, `받아져요`, `됐는데`, typed casually
 * `걸려여`, `맞죠`), joined to what follows (`받아서`, `지울라니까`, `뭐였더라`) or made a thing (`올리는거`): the
 * student's own verb, not a slip of a term (no `bios` for 보여주세, `bash` for 받아서 or `image` for 맞죠, no word
 * spaced off `받아져요`).
 */
const SPOKEN_VERB =
  /(?:[요다]|줘|는데|은데|던데|[려해돼와봐라]여|[아어여해워와봐돼]서|니까|더라|더니|잖아|거든|죠|[는은런던]거)$/u;

/** True when `word` ends like a spoken verb form (SPOKEN_VERB). */
export function isSpokenVerb(word: string): boolean {
  return SPOKEN_VERB.test(word);
}
