/**
 * Heading levels. The lesson page shows the title as `<h1>`, so body headings start at `<h2>` and
 * never skip a level: each heading sits one level under the nearest earlier heading of a
 * smaller rank (Markdown `#` ranks 1–6 come before the titles the reader inferred).
 */
import type { Block } from './reading.ts';
import { isTitleLike } from './classify.ts';

export interface Titled {
  blocks: Block[];
  /** The lesson title: the first heading without its section number, if the note has one. */
  title: string | undefined;
  /**
   * The note line of a title guessed from the first of several sections (the note has no title of its own),
   * or undefined when the title stands for the whole note (or there is none).
   */
  guessedAt: number | undefined;
}

/** Cleans a heading for the frontmatter title: no section number (`2-1.`, `1 `), emphasis or emoji. */
export function plainTitle(text: string): string {
  return (
    text
      .replace(/<\/?(?:span|b|strong|i|em|br|sup|sub)\b[^<>]*>/giu, ' ')
      .replace(/\*\*/gu, '')
      .replace(/^\(?\d+(?:-\d+)*[.)]\)?\s+|^\d+(?:[-.]\d+)*\s+(?=\D)/u, '')
      // A code span's text, kept apart from the letters around it so that no two words run together.
      .replace(/`/gu, ' ')
      .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{20E3}]/gu, '')
      .replace(/\s+/gu, ' ')
      .trim()
  );
}

/** True for a repository or file name used as a heading (`docker-practice-for-beginners`): a reader's title has words. */
function isSlugLike(text: string): boolean {
  return /^[\w.]+(?:[-_][\w.]+)+$/u.test(text.trim());
}

/**
 * The block the lesson takes its title from: the first heading, or a comment before it that names
 * the note (`<!-- 컨테이너 실행 명령 -->`); a heading that is only a file name gives way to the
 * heading right after it.
 */
function titleBlock(blocks: readonly Block[]): Block | undefined {
  const found = titleCandidate(blocks);
  const next = found === undefined ? undefined : blocks[blocks.indexOf(found) + 1];
  if (found?.kind === 'heading' && isSlugLike(found.text) && next?.kind === 'heading') return next;
  return found;
}

/**
 * The first heading, or a Korean comment before it that reads as a title, unless that heading is a Markdown
 * heading that names the whole note (`<!-- 옮겨 온 글 -->` over the note's only `##`: the heading is the title).
 */
function titleCandidate(blocks: readonly Block[]): Block | undefined {
  const found = blocks.find(
    (block) =>
      block.kind === 'heading' ||
      (block.kind === 'comment' && /\p{Script=Hangul}/u.test(block.text) && isTitleLike(block.text)),
  );
  const heading = blocks.find((block) => block.kind === 'heading');
  const marked = heading?.kind === 'heading' && heading.rank <= 6;
  return found?.kind === 'comment' && marked && ownTitle(blocks, heading) ? heading : found;
}

/** True when `named` names the whole note: a `#` heading (or `<h1>`) first among the headings, or a heading no other is level with. */
function ownTitle(blocks: readonly Block[], named: Block | undefined): boolean {
  if (named?.kind !== 'heading') return false;
  const headings = blocks.filter((block) => block.kind === 'heading');
  const level = headings.filter((heading) => heading !== named && heading.rank <= named.rank);
  return level.length === 0 || (named.rank === 1 && headings.indexOf(named) <= 1);
}

/** Takes the title from the first heading (dropping it when it is the note's only top heading) and levels the rest. */
export function levelHeadings(blocks: readonly Block[]): Titled {
  const headings = blocks.filter((block) => block.kind === 'heading');
  // Badges and comments above a README's title are not where its content starts.
  const first = blocks.find((block) => !['objectives', 'links', 'comment'].includes(block.kind));
  const named = titleBlock(blocks);
  const title =
    named?.kind === 'heading' || named?.kind === 'comment' ? plainTitle(named.text) || undefined : undefined;
  const unique =
    first?.kind === 'heading' &&
    first === named &&
    first.rank <= 6 &&
    headings.filter((heading) => heading.rank <= first.rank).length === 1;
  // A file-name heading the title passed over says nothing a reader needs: it stays, as a comment, for whoever edits the lesson.
  const passed = named !== undefined && named !== titleCandidate(blocks) ? titleCandidate(blocks) : undefined;
  const body = (unique ? blocks.filter((block) => block !== first) : [...blocks]).map((block): Block =>
    block === passed && block.kind === 'heading' ? { kind: 'comment', text: block.text, line: block.line } : block,
  );
  const stack: { rank: number; level: number }[] = [];
  const levelled = body.map((block): Block => {
    if (block.kind !== 'heading') return block;
    while (stack.length > 0 && (stack.at(-1)?.rank ?? 0) >= block.rank) stack.pop();
    const level = Math.min((stack.at(-1)?.level ?? 1) + 1, 6);
    stack.push({ rank: block.rank, level });
    return { ...block, rank: level };
  });
  // A file-name heading the title passed over was the note's own title: the heading after it stands for it.
  const own = ownTitle(blocks, named) || ownTitle(blocks, passed);
  return { blocks: levelled, title, guessedAt: title === undefined || own ? undefined : named?.line };
}
