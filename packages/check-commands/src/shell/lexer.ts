/**
 * Splits a shell script that mvdan/sh has already accepted into simple commands and their words.
 * sh-syntax returns statements without their words, so this small lexer finds words, operators,
 * redirections, here-documents and substitutions; it needs no error handling of its own.
 * Each construct has its reader (lex-quotes, lex-expansions, lex-operators); `lex` picks one by character.
 */
import { dropKeywords } from './keywords.ts';
import { readBackquote, readSubstitution, dollarReader } from './lex-expansions.ts';
import { readBlank, readComment, readPlain, readRedirection, readSeparator, SEPARATORS } from './lex-operators.ts';
import { readDouble, readEscape, readSingle } from './lex-quotes.ts';
import { endCommand, endWord, startState, type LexState, type Reader } from './lex-state.ts';
import type { Lexed } from './lex-types.ts';

export type { SimpleCommand, Word } from './lex-types.ts';

/** Splits `text` into simple commands. */
export function lex(text: string): Lexed {
  const s = startState(text);
  let i = 0;
  while (i < text.length) i = readerAt(s, i)(s, i);
  endWord(s, text.length);
  endCommand(s);
  return {
    commands: s.commands.map(dropKeywords).filter((command) => command.words.length > 0),
    substitutions: s.substitutions,
  };
}

/** The reader for the construct that starts at `i`. */
function readerAt(s: LexState, i: number): Reader {
  const c = s.text[i] ?? '';
  const next = s.text[i + 1];
  switch (c) {
    case '\\':
      return readEscape;
    case ' ':
    case '\t':
      return readBlank;
    case '#':
      return s.start === -1 ? readComment : readPlain;
    case "'":
      return readSingle;
    case '"':
      return readDouble;
    case '$':
      return dollarReader(s.text, i) ?? readPlain;
    case '`':
      return readBackquote;
    case '<':
    case '>':
      return next === '(' ? readSubstitution : readRedirection;
    case '&':
      return next === '>' ? readRedirection : readSeparator;
    default:
      return SEPARATORS.has(c) ? readSeparator : readPlain;
  }
}
