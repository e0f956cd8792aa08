/**
 * From lexed commands to tool invocations: drops `VAR=x` assignments and the `sudo`/`env`/`time`
 * prefixes, and marks the words that are placeholders (`IMAGE`, `[OPTIONS]`, `<이름>`, `이미지`).
 */
import { findPlaceholders, type Range } from '../../../code-blocks/index.ts';
import type { SimpleCommand, Word } from './lexer.ts';

export interface Arg extends Word {
  /** `full` when the whole word is a placeholder, `partial` when part of it is (`ubuntu:TAG`). */
  placeholder: 'none' | 'partial' | 'full';
}

export interface Invocation {
  /** The program as written (`docker`, `/usr/bin/docker`), without its directory. */
  tool: string;
  command: Arg;
  args: Arg[];
}

// sudo and env options that take a value (`sudo -u root`, `env -u NAME`); the rest are switches.
const PREFIXES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [
    'sudo',
    new Set([
      '-u',
      '-g',
      '-h',
      '-p',
      '-C',
      '-D',
      '-r',
      '-t',
      '-U',
      '--user',
      '--group',
      '--host',
      '--prompt',
      '--chdir',
    ]),
  ],
  ['env', new Set(['-u', '-C', '-S', '--unset', '--chdir', '--split-string'])],
  ['time', new Set(['-f', '-o', '--format', '--output'])],
  ['nohup', new Set()],
  ['exec', new Set(['-a'])],
  ['command', new Set()],
]);

const ASSIGNMENT = /^[A-Za-z_]\w*(?:\[[^\]]*\])?\+?=/u;

/** Marks each word with how much of it is a placeholder, and joins `[CONTAINER ID]` into one word. */
export function markPlaceholders(
  words: readonly Word[],
  text: string,
  ranges: readonly Range[] = findPlaceholders(text),
): Arg[] {
  const out: Arg[] = [];
  let lastRange: Range | undefined;
  for (const word of words) {
    const inside = ranges.filter((r) => r.start < word.end && r.end > word.start);
    const covered = inside.reduce((sum, r) => sum + Math.min(r.end, word.end) - Math.max(r.start, word.start), 0);
    const whole = covered >= word.end - word.start;
    const range = inside.length === 1 ? inside[0] : undefined;
    const previous = out.at(-1);
    if (whole && range && range === lastRange && previous && range.end > word.start) {
      previous.end = word.end;
      previous.value = text.slice(previous.start, word.end);
      continue;
    }
    // A masked placeholder's value is the original text, not the mask.
    const value = whole ? text.slice(word.start, word.end) : word.value;
    out.push({ ...word, value, placeholder: whole ? 'full' : inside.length > 0 ? 'partial' : 'none' });
    lastRange = whole ? range : undefined;
  }
  return out;
}

/** Skips a prefix command's own options (`sudo -u root -E`) and returns the index of the wrapped command. */
function skipPrefix(words: readonly Arg[], from: number, valued: ReadonlySet<string>): number {
  let i = from;
  while (i < words.length) {
    const value = words[i]?.value ?? '';
    if (value === '--') return i + 1;
    if (!value.startsWith('-') || value === '-') break;
    i += valued.has(value) ? 2 : 1;
  }
  return i;
}

/** The tool invocation of a simple command, after assignments and prefixes; undefined when nothing runs. */
export function invocationOf(command: SimpleCommand, text: string, ranges?: readonly Range[]): Invocation | undefined {
  const words = markPlaceholders(command.words, text, ranges);
  let i = 0;
  for (;;) {
    while (i < words.length && ASSIGNMENT.test(words[i]?.value ?? '')) i += 1;
    const name = words[i]?.value.split('/').at(-1) ?? '';
    const valued = PREFIXES.get(name);
    if (!valued || words[i]?.dynamic) break;
    i = skipPrefix(words, i + 1, valued);
  }
  const first = words[i];
  if (!first) return undefined;
  return { tool: first.value.split('/').at(-1) ?? first.value, command: first, args: words.slice(i + 1) };
}
