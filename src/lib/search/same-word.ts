/**
 * Whether a page's word is the query word itself, for ranking: the query word with at most a
 * particle or an ending after it (`컨테이너` in `컨테이너를`, `설치` in `설치하고`), or for a Latin word
 * a short tail (`image` in `images`). Pagefind finds pages by any prefix (`이미` in `이미지`,
 * `hyperv` in `hypervisor`); those pages are found, but not ranked as holding the word.
 */
import { isEndingOnly } from './endings.ts';
import { wordKey, words } from './normalize.ts';

/** How much longer than a Latin query word a page's word may be and still be it (a plural, -ed, -ing). */
const LATIN_TAIL = 3;
const LATIN = /^[a-z0-9]+$/u;

function isSame(form: string, key: string): boolean {
  if (!form.startsWith(key)) return false;
  const tail = form.slice(key.length);
  return LATIN.test(key) ? tail.length <= LATIN_TAIL : isEndingOnly(tail);
}

/** True when one of `forms` (a page word as indexed) is the query word `key`. */
export function sameWord(forms: readonly string[], key: string): boolean {
  return key !== '' && forms.some((form) => isSame(form, key));
}

/** True when every word of `term` (`포트 매핑` → 포트, 매핑) is one of the words in `list`, anywhere. */
export function holdsTerm(list: readonly (readonly string[])[], term: string): boolean {
  return words(term)
    .map(wordKey)
    .every((key) => list.some((forms) => sameWord(forms, key)));
}
