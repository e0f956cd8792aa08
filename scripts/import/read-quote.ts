/**
 * Reads a blockquote: `>` lines at any indentation (notes nest them under list items and close
 * them over-indented) and the lazy lines that continue its paragraph. Its inner lines are read
 * as a note of their own, so a command quoted in a note is still a session that gets checked.
 */
import type { Line } from './classify.ts';
import type { Block, Reading } from './reading.ts';

/** Moves a block read from a quote's inner lines to the note's line numbers. */
function relocate(block: Block, noteLine: (inner: number) => number): Block {
  const moved: Block = { ...block, line: noteLine(block.line) };
  if (moved.kind === 'list') moved.items = moved.items.map((item) => ({ ...item, line: noteLine(item.line) }));
  if (moved.kind === 'quote') moved.blocks = moved.blocks.map((inner) => relocate(inner, noteLine));
  if (moved.kind === 'code') {
    moved.sources = (moved.sources ?? moved.lines.map((_, offset) => block.line + 1 + offset)).map(noteLine);
  }
  return moved;
}

/** A blockquote from line `start`: adds a quote block (and its markup and issues) to `into`; `read` reads its inner lines. */
export function readQuote(
  lines: readonly string[],
  kinds: readonly Line[],
  start: number,
  into: Reading,
  read: (inner: readonly string[]) => Reading,
): number {
  const inner: string[] = [];
  const at: number[] = [];
  let index = start;
  while (index < lines.length) {
    const kind = kinds[index]?.kind;
    const line = lines[index] ?? '';
    const previous = inner.at(-1) ?? '';
    const lazy = kind === 'text' && index > start && previous.trim() !== '' && !/^\s*(?:```|~~~)/u.test(previous);
    if (kind !== 'quote' && !lazy) break;
    inner.push(kind === 'quote' ? line.replace(/^\s*>\s?/u, '') : line.trim());
    at.push(index + 1);
    index += 1;
  }
  const noteLine = (innerLine: number): number => at[innerLine - 1] ?? start + 1;
  const reading = read(inner);
  into.blocks.push({
    kind: 'quote',
    blocks: reading.blocks.map((block) => relocate(block, noteLine)),
    line: start + 1,
  });
  for (const line of reading.markup) into.markup.add(noteLine(line));
  into.issues.push(...reading.issues.map((issue) => ({ ...issue, line: noteLine(issue.line) })));
  return index;
}
