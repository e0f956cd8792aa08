/** Reads a console session: consecutive command lines, their `\` continuations and the output right under them. */
import type { Line } from './classify.ts';
import type { Block } from './blocks.ts';
import { continues } from '../../packages/code-blocks/index.ts';

/** Consecutive command lines (blank lines between them allowed), `\` continuations and output lines. */
export function readSession(lines: readonly string[], kinds: readonly Line[], start: number, blocks: Block[]): number {
  const out: string[] = [];
  let index = start;
  while (index < lines.length) {
    const kind = kinds[index];
    if (kind?.kind === 'command') {
      out.push(`${kind.command.prompt}${kind.command.text}`);
      index += 1;
      while (continues(out.at(-1) ?? '') && index < lines.length) {
        out.push(`    ${lines[index]?.trim() ?? ''}`);
        index += 1;
      }
      // A line right after a command, with no Korean and no list marker, is what the command printed.
      while (kinds[index]?.kind === 'text' && !/\p{Script=Hangul}/u.test(lines[index] ?? '')) {
        out.push(lines[index]?.trim() ?? '');
        index += 1;
      }
      continue;
    }
    let next = index;
    while (kinds[next]?.kind === 'blank' && (lines[next] ?? '') === '') next += 1;
    if (next > index && kinds[next]?.kind === 'command') {
      index = next;
      continue;
    }
    break;
  }
  blocks.push({ kind: 'code', lang: 'console', lines: out, line: start + 1 });
  return index;
}
