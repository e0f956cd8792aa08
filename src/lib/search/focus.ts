/**
 * How squarely one section of a page answers the query: the lesson whose heading reads
 * `Rocky Linux 다운로드 및 설치` answers `로키 리눅스 설치` better than one that says `Rocky Linux에
 * … 설치하고` in passing. Used to order the few best-covering pages, from their indexed text.
 */
import type { Concept } from './analyze.ts';
import { toOfflinePage, type Fragment } from './offline-index.ts';
import { words } from './normalize.ts';
import { termWeight } from './rank.ts';

function matches(list: readonly string[], term: string): boolean {
  return words(term).every((part) => list.some((word) => word.startsWith(part)));
}

/**
 * The summed weight of the concepts found in `list`: each by its best word (the stem 1, a synonym
 * 0.8) times how rare the concept is among the matched pages (`rarity`, by query word position).
 */
function weight(list: readonly string[], concepts: readonly Concept[], rarity: readonly number[]): number {
  const found = new Map<number, number>();
  for (const concept of concepts) {
    const position = concept.terms.findIndex((term) => matches(list, term));
    if (position === -1) continue;
    for (const index of concept.covers) {
      found.set(index, Math.max(found.get(index) ?? 0, termWeight(position) * (rarity[index] ?? 1)));
    }
  }
  return [...found.values()].reduce((sum, value) => sum + value, 0);
}

/** How many of the query's word pairs (`docker images`) stand side by side in `list`. */
export function adjacent(list: readonly string[], phrases: readonly (readonly [string, string])[]): number {
  return phrases.filter(([first, second]) =>
    list.some((word, index) => word.startsWith(first) && (list[index + 1] ?? '').startsWith(second)),
  ).length;
}

/**
 * The best section's score: query words in its text (a synonym counts 0.8), half as much again for
 * each in its heading, and
 * half a point for how much of the heading is query words (a heading about nothing else wins ties).
 */
export function sectionFocus(
  page: Fragment,
  concepts: readonly Concept[],
  phrases: readonly (readonly [string, string])[] = [],
  rarity: readonly number[] = [],
): number {
  const sections = toOfflinePage(page, '/').sections;
  const scores = sections.map((section) => {
    const heading = words(section.title);
    const inText = weight(words(section.text), concepts, rarity);
    const inHeading = weight(heading, concepts, rarity);
    const parts = concepts.flatMap((concept) => concept.terms.filter((term) => matches(heading, term)).flatMap(words));
    const precision =
      heading.length === 0
        ? 0
        : heading.filter((word) => parts.some((part) => word.startsWith(part))).length / heading.length;
    return inText + 0.5 * inHeading + 0.5 * precision + 0.5 * adjacent(words(section.text), phrases);
  });
  return Math.max(0, ...scores);
}
