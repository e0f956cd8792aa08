/** The on-page table of contents: h2 and h3 only, headings without text left out. */

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** Picks the headings a lesson's table of contents lists, dropping the anchor link's `#`. */
export function tocItems(headings: readonly Heading[]): Heading[] {
  return headings
    .filter((heading) => heading.depth === 2 || heading.depth === 3)
    .map((heading) => ({ ...heading, text: heading.text.replace(/\s*#$/u, '').trim() }))
    .filter((heading) => heading.text !== '');
}
