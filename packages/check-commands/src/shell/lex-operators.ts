/** Blanks, comments, redirections and the operators that end a simple command; anything else is word text. */
import { skipHeredocs } from './lex-scan.ts';
import { begin, endCommand, endWord, type Reader } from './lex-state.ts';

/** Characters that end a simple command: `;`, `&`, `|`, parentheses and newlines. */
export const SEPARATORS: ReadonlySet<string> = new Set([';', '&', '|', '(', ')', '\n']);

const REDIRECTION = /^(?:<<<|<<-|<<|<>|<&|>>|>\||>&|&>>|&>|<|>)/u;

/** A space or tab ends the word. */
export const readBlank: Reader = (s, i) => {
  endWord(s, i);
  return i + 1;
};

/** `#` at the start of a word comments out the rest of the line. */
export const readComment: Reader = (s, i) => {
  const eol = s.text.indexOf('\n', i);
  return eol === -1 ? s.text.length : eol;
};

/** `>`, `2>&1`, `<<EOF`: the next word is the redirection's target or a here-document's delimiter, not an argument. */
export const readRedirection: Reader = (s, i) => {
  // `2>`: a word of digits glued to the operator is the file descriptor, not an argument.
  if (s.start !== -1 && /^\d+$/u.test(s.value) && !s.dynamic) {
    s.value = '';
    s.start = -1;
  }
  endWord(s, i);
  const op = REDIRECTION.exec(s.text.slice(i))?.[0] ?? s.text[i] ?? '';
  s.redirect = op === '<<' ? 'heredoc' : op === '<<-' ? 'heredoc-strip' : 'target';
  return i + op.length;
};

/** `;`, `&`, `|`, `|&`, `(`, `)`, newline: the simple command ends; after a newline, here-document bodies are skipped. */
export const readSeparator: Reader = (s, i) => {
  const c = s.text[i];
  endWord(s, i);
  endCommand(s);
  const next = i + (c === '|' && s.text[i + 1] === '&' ? 2 : 1);
  return c === '\n' ? skipHeredocs(s.text, next, s.heredocs.splice(0)) : next;
};

/** Any other character is part of the word. */
export const readPlain: Reader = (s, i) => {
  begin(s, i);
  s.value += s.text[i] ?? '';
  return i + 1;
};
