/**
 * Reads a console session: consecutive command lines, their `\` continuations and quoted text that
 * spans lines, and the output right under them. Lines that only name a command (a synopsis) make
 * a block of their own, with no prompt and no output.
 */
import type { Line } from './classify.ts';
import type { Block } from './reading.ts';
import { continues, quoteAfter, type Quote } from '../../packages/code-blocks/index.ts';

/** Consecutive command lines of one kind (blank lines between them allowed), their continuations and output lines. */
export function readSession(lines: readonly string[], kinds: readonly Line[], start: number, blocks: Block[]): number {
  const out: string[] = [];
  const sources: number[] = [];
  const synopsis = kinds[start]?.kind === 'command' && kinds[start].command.synopsis === true;
  const push = (text: string, index: number): void => {
    out.push(text);
    sources.push(index + 1);
  };
  let index = start;
  while (index < lines.length) {
    const kind = kinds[index];
    if (kind?.kind === 'command' && (kind.command.synopsis === true) === synopsis) {
      push(`${kind.command.prompt}${kind.command.text}`, index);
      let quote: Quote = quoteAfter(kind.command.text);
      index += 1;
      while ((quote !== '' || continues(out.at(-1) ?? '')) && index < lines.length) {
        const text = lines[index] ?? '';
        // Inside quotes the line is the quoted text as written; after a `\` it is the next words.
        push(quote === '' ? `    ${text.trim()}` : text, index);
        quote = quoteAfter(text, quote);
        index += 1;
      }
      // A line right after a command, with no Korean and no list marker, is what the command printed.
      while (!synopsis && kinds[index]?.kind === 'text' && !/\p{Script=Hangul}/u.test(lines[index] ?? '')) {
        push(lines[index]?.trim() ?? '', index);
        index += 1;
      }
      continue;
    }
    let next = index;
    while (kinds[next]?.kind === 'blank' && (lines[next] ?? '') === '') next += 1;
    const following = kinds[next];
    if (next > index && following?.kind === 'command' && (following.command.synopsis === true) === synopsis) {
      index = next;
      continue;
    }
    break;
  }
  blocks.push(
    synopsis
      ? { kind: 'code', lang: 'sh', meta: 'synopsis', lines: out, line: start + 1, sources }
      : { kind: 'code', lang: 'console', lines: out, line: start + 1, sources },
  );
  return index;
}
