/** The lexer's state while it reads a script: the word being built, the commands so far, pending here-documents. */
import type { Heredoc } from './lex-scan.ts';
import type { SimpleCommand, Substitution, Word } from './lex-types.ts';

export interface LexState {
  readonly text: string;
  readonly commands: SimpleCommand[];
  readonly substitutions: Substitution[];
  /** Here-documents opened on the current line; their bodies start at the next newline. */
  heredocs: Heredoc[];
  /** Words of the simple command being read. */
  words: Word[];
  /** The word being built (quotes removed), where it starts (-1 between words), and whether it expands. */
  value: string;
  start: number;
  dynamic: boolean;
  /** What the next word is: an argument, a redirection's target, or a here-document's delimiter. */
  redirect: 'none' | 'target' | 'heredoc' | 'heredoc-strip';
}

/** A state at the start of `text`. */
export function startState(text: string): LexState {
  return {
    text,
    commands: [],
    substitutions: [],
    heredocs: [],
    words: [],
    value: '',
    start: -1,
    dynamic: false,
    redirect: 'none',
  };
}

/** Starts a word at `at` unless one is being built. */
export function begin(s: LexState, at: number): void {
  if (s.start === -1) s.start = at;
}

/** Ends the word being built at `at`: an argument, or the delimiter of a here-document; a target is dropped. */
export function endWord(s: LexState, at: number): void {
  if (s.start === -1) return;
  if (s.redirect === 'none') s.words.push({ value: s.value, start: s.start, end: at, dynamic: s.dynamic });
  else if (s.redirect !== 'target') s.heredocs.push({ delimiter: s.value, strip: s.redirect === 'heredoc-strip' });
  s.redirect = 'none';
  s.value = '';
  s.start = -1;
  s.dynamic = false;
}

/** Ends the simple command being read, if it has words. */
export function endCommand(s: LexState): void {
  if (s.words.length > 0) s.commands.push({ words: s.words });
  s.words = [];
}

/** Records `text[from, to)` as a script run by a substitution; the word holding it is dynamic. */
export function substitute(s: LexState, from: number, to: number): void {
  s.substitutions.push({ text: s.text.slice(from, to), offset: from });
  s.dynamic = true;
}

/** Reads one construct that starts at `i` into the state and returns the index after it. */
export type Reader = (s: LexState, i: number) => number;
