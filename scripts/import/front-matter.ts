/**
 * Front matter a note may open with (Jekyll, Hugo, Obsidian: `---`, `title: …`, `---`): its title
 * becomes the note's title heading, and the rest is kept as a comment for whoever edits the lesson.
 */
import { parse } from 'yaml';
import type { Block } from './reading.ts';

/** Reads front matter at the top of `lines` into `blocks`; returns the index after it, or 0 when there is none. */
export function readFrontMatter(lines: readonly string[], blocks: Block[], markup: Set<number>): number {
  if ((lines[0] ?? '').trim() !== '---') return 0;
  const end = lines.findIndex((line, index) => index > 0 && /^(?:---|\.\.\.)\s*$/u.test(line));
  if (end === -1 || end > 40) return 0;
  let data: unknown;
  try {
    data = parse(lines.slice(1, end).join('\n'));
  } catch {
    return 0;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return 0;
  const title = (data as Record<string, unknown>)['title'];
  const titleAt = lines.findIndex((line, index) => index < end && /^title\s*:/u.test(line));
  if (typeof title === 'string' && title.trim() !== '') {
    blocks.push({ kind: 'heading', rank: 1, text: title.trim(), line: titleAt + 1 });
  }
  const rest = lines.slice(1, end).filter((_, offset) => offset + 1 !== titleAt || typeof title !== 'string');
  if (rest.some((line) => line.trim() !== '')) blocks.push({ kind: 'comment', text: rest.join('\n'), line: 2 });
  markup.add(1);
  markup.add(end + 1);
  return end + 1;
}
