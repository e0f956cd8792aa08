/**
 * What a result shows: its link opens at the section that answers the query, its excerpt comes from
 * that section with the query's words marked, and the next best sections follow as sub-results, in
 * Pagefind's result shape so Pagefind's UI shows them unchanged, over HTTP and from file://.
 */
import { sameWord } from './same-word.ts';
import type { PageScore, SectionText } from './score.ts';

const EXCERPT_WORDS = 24;
/** Sub-results under a result; Pagefind's UI drops the first when it is where the result's link goes. */
const SUB_RESULTS = 3;

function escape(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}

/** Up to 24 words around the first word `marked` accepts, those words wrapped in <mark> as Pagefind does. */
export function excerpt(raw: readonly string[], marked: (index: number) => boolean): string {
  const matches = marked;
  const first = Math.max(
    0,
    raw.findIndex((_, index) => matches(index)),
  );
  const start = Math.max(0, Math.min(first - EXCERPT_WORDS / 3, raw.length - EXCERPT_WORDS));
  return raw
    .slice(start, start + EXCERPT_WORDS)
    .map((word, offset) => (matches(start + offset) ? `<mark>${escape(word)}</mark>` : escape(word)))
    .join(' ');
}

/** Which words of a section are one of the query's words. */
function holds(section: SectionText, keys: readonly string[]): (index: number) => boolean {
  return (index) => keys.some((key) => sameWord(section.words[index] ?? [], key));
}

function sectionUrl(url: string, section: SectionText): string {
  return section.id === '' ? url : `${url.replace(/#.*$/u, '')}#${encodeURIComponent(section.id)}`;
}

export interface Shown {
  url: string;
  meta: Record<string, unknown>;
  excerpt: string;
  sub_results: { title: string; url: string; excerpt: string; locations: number[] }[];
}

/** The section a result opens at: the best-scored one that holds any of the query, else the first. */
export function answeringSection(scored: PageScore): SectionText | undefined {
  return (scored.sections.find((entry) => entry.score > 0) ?? scored.sections[0])?.section;
}

/**
 * The fields of a result's data that point at the answering section: `url` (the page URL as the
 * engine gave it) plus `#section`, the title naming that section, its excerpt, and sub-results.
 */
export function presentation(
  url: string,
  meta: Record<string, unknown>,
  scored: PageScore,
  keys: readonly string[],
): Shown {
  const answering = scored.sections.filter((entry) => entry.score > 0);
  const best = answeringSection(scored);
  const title = typeof meta['title'] === 'string' ? meta['title'] : '';
  const named = best && best.id !== '' && best.title !== '' ? `${title} › ${best.title}` : title;
  return {
    url: best ? sectionUrl(url, best) : url,
    meta: { ...meta, title: named },
    excerpt: best ? excerpt(best.raw, holds(best, keys)) : '',
    sub_results: answering.slice(0, SUB_RESULTS).map(({ section }) => ({
      title: section.title,
      url: sectionUrl(url, section),
      excerpt: excerpt(section.raw, holds(section, keys)),
      locations: [],
    })),
  };
}
