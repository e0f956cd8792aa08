/**
 * Heading levels. The lesson page shows the title as `<h1>`, so body headings start at `<h2>` and
 * never skip a level: each heading sits one level under the nearest earlier heading of a
 * smaller rank (Markdown `#` ranks 1–6 come before the titles the reader inferred).
 */
import type { Block } from './blocks.ts';

export interface Titled {
  blocks: Block[];
  /** The lesson title: the first heading without its section number, if the note has one. */
  title: string | undefined;
}

/** Cleans a heading for the frontmatter title: no section number (`2-1.`), emphasis or emoji. */
export function plainTitle(text: string): string {
  return text
    .replace(/<\/?(?:span|b|strong|i|em|br)\b[^<>]*>|\*\*|`/giu, '')
    .replace(/^\(?\d+(?:-\d+)*[.)]\)?\s*/u, '')
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{20E3}]/gu, '')
    .trim();
}

/** Takes the title from the first heading (dropping it when it is the note's only top heading) and levels the rest. */
export function levelHeadings(blocks: readonly Block[]): Titled {
  const headings = blocks.filter((block) => block.kind === 'heading');
  const first = blocks.find((block) => block.kind !== 'objectives');
  const title = headings[0] ? plainTitle(headings[0].text) || undefined : undefined;
  const unique =
    first?.kind === 'heading' &&
    first.rank <= 6 &&
    headings.filter((heading) => heading.rank <= first.rank).length === 1;
  const body = unique ? blocks.filter((block) => block !== first) : [...blocks];
  const stack: { rank: number; level: number }[] = [];
  const levelled = body.map((block): Block => {
    if (block.kind !== 'heading') return block;
    while (stack.length > 0 && (stack.at(-1)?.rank ?? 0) >= block.rank) stack.pop();
    const level = Math.min((stack.at(-1)?.level ?? 1) + 1, 6);
    stack.push({ rank: block.rank, level });
    return { ...block, rank: level };
  });
  return { blocks: levelled, title };
}
