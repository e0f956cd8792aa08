/**
 * Splits a shell script that mvdan/sh has already accepted into simple commands and their words.
 * sh-syntax returns statements without their words, so this small lexer finds words, operators,
 * redirections, here-documents and substitutions; it needs no error handling of its own.
 */

export interface Word {
  /** The word after quote removal; expansions are kept as written (`$USER`). */
  value: string;
  /** String offsets in the script, end exclusive. */
  start: number;
  end: number;
  /** True when the word holds an expansion (`$X`, `$(…)`, backquotes) and so is only known at run time. */
  dynamic: boolean;
}

export interface SimpleCommand {
  words: Word[];
}

export interface Substitution {
  text: string;
  /** Offset of `text` in the script. */
  offset: number;
}

export interface Lexed {
  commands: SimpleCommand[];
  /** Scripts inside `$(…)`, backquotes and `<(…)`, to be checked as scripts of their own. */
  substitutions: Substitution[];
}

const SEPARATORS = new Set([';', '&', '|', '(', ')', '\n']);

/** Index just after the `close` that balances the opener before `from`, skipping quoted text. */
function balanced(text: string, from: number, open: string, close: string): number {
  let depth = 1;
  let i = from;
  while (i < text.length && depth > 0) {
    const c = text[i];
    if (c === '\\') i += 2;
    else if (c === "'") i = text.indexOf("'", i + 1) === -1 ? text.length : text.indexOf("'", i + 1) + 1;
    else if (c === '"') i = closeDouble(text, i + 1);
    else {
      if (c === open) depth += 1;
      else if (c === close) depth -= 1;
      i += 1;
    }
  }
  return i;
}

/** Index just after the `"` that closes a double-quoted string whose content starts at `from`. */
function closeDouble(text: string, from: number): number {
  let i = from;
  while (i < text.length && text[i] !== '"') {
    if (text[i] === '\\') i += 1;
    else if (text.startsWith('$(', i)) i = balanced(text, i + 2, '(', ')') - 1;
    i += 1;
  }
  return i + 1;
}

/** Splits `text` into simple commands. */
export function lex(text: string): Lexed {
  const commands: SimpleCommand[] = [];
  const substitutions: Substitution[] = [];
  const heredocs: { delimiter: string; strip: boolean }[] = [];
  let words: Word[] = [];
  let value = '';
  let start = -1;
  let dynamic = false;
  let redirect: 'none' | 'target' | 'heredoc' | 'heredoc-strip' = 'none';

  const begin = (at: number): void => {
    if (start === -1) start = at;
  };
  const endWord = (at: number): void => {
    if (start === -1) return;
    if (redirect === 'none') words.push({ value, start, end: at, dynamic });
    else if (redirect !== 'target') heredocs.push({ delimiter: value, strip: redirect === 'heredoc-strip' });
    redirect = 'none';
    value = '';
    start = -1;
    dynamic = false;
  };
  const endCommand = (): void => {
    if (words.length > 0) commands.push({ words });
    words = [];
  };
  const substitute = (from: number, to: number): void => {
    substitutions.push({ text: text.slice(from, to), offset: from });
    dynamic = true;
  };

  let i = 0;
  while (i < text.length) {
    const c = text[i] ?? '';
    if (c === '\\' && text[i + 1] === '\n') {
      i += 2;
    } else if (c === '\\') {
      begin(i);
      value += text[i + 1] ?? '';
      i += 2;
    } else if (c === ' ' || c === '\t') {
      endWord(i);
      i += 1;
    } else if (c === '#' && start === -1) {
      const eol = text.indexOf('\n', i);
      i = eol === -1 ? text.length : eol;
    } else if (c === "'") {
      begin(i);
      const close = text.indexOf("'", i + 1);
      const to = close === -1 ? text.length : close;
      value += text.slice(i + 1, to);
      i = to + 1;
    } else if (c === '"') {
      begin(i);
      const to = closeDouble(text, i + 1);
      const inner = text.slice(i + 1, to - 1);
      for (const m of inner.matchAll(/\$\(|`/gu)) {
        const at = i + 1 + m.index;
        const end = m[0] === '`' ? text.indexOf('`', at + 1) : balanced(text, at + 2, '(', ')') - 1;
        if (end > at) substitute(at + m[0].length, end);
      }
      if (/(?<!\\)\$[\w{@*#?!$-]/u.test(inner)) dynamic = true;
      value += inner.replace(/\\([$`"\\\n])/gu, '$1');
      i = to;
    } else if (c === '$' && text[i + 1] === "'") {
      begin(i);
      let to = i + 2;
      while (to < text.length && text[to] !== "'") to += text[to] === '\\' ? 2 : 1;
      value += text.slice(i + 2, to);
      i = to + 1;
    } else if (c === '$' && text.startsWith('$((', i)) {
      begin(i);
      const to = balanced(text, i + 3, '(', ')') + 1;
      value += text.slice(i, to);
      dynamic = true;
      i = to;
    } else if (c === '$' && text[i + 1] === '(') {
      begin(i);
      const to = balanced(text, i + 2, '(', ')');
      substitute(i + 2, to - 1);
      value += text.slice(i, to);
      i = to;
    } else if (c === '$' && text[i + 1] === '{') {
      begin(i);
      const to = balanced(text, i + 2, '{', '}');
      value += text.slice(i, to);
      dynamic = true;
      i = to;
    } else if (c === '$' && /[\w@*#?!$-]/u.test(text[i + 1] ?? '')) {
      begin(i);
      const name = /^\$(?:[A-Za-z_]\w*|[\d@*#?!$-])/u.exec(text.slice(i))?.[0] ?? '$';
      value += name;
      dynamic = true;
      i += name.length;
    } else if (c === '`') {
      begin(i);
      let to = i + 1;
      while (to < text.length && text[to] !== '`') to += text[to] === '\\' ? 2 : 1;
      substitute(i + 1, to);
      value += text.slice(i, to + 1);
      i = to + 1;
    } else if ((c === '<' || c === '>') && text[i + 1] === '(') {
      begin(i);
      const to = balanced(text, i + 2, '(', ')');
      substitute(i + 2, to - 1);
      value += text.slice(i, to);
      i = to;
    } else if (c === '<' || c === '>' || (c === '&' && text[i + 1] === '>')) {
      // `2>` : a word of digits glued to the operator is the file descriptor, not an argument.
      if (start !== -1 && /^\d+$/u.test(value) && !dynamic) {
        value = '';
        start = -1;
      }
      endWord(i);
      const op = /^(?:<<<|<<-|<<|<>|<&|>>|>\||>&|&>>|&>|<|>)/u.exec(text.slice(i))?.[0] ?? c;
      i += op.length;
      redirect = op === '<<' ? 'heredoc' : op === '<<-' ? 'heredoc-strip' : 'target';
    } else if (SEPARATORS.has(c)) {
      endWord(i);
      endCommand();
      i += c === '|' && text[i + 1] === '&' ? 2 : 1;
      if (c === '\n') i = skipHeredocs(text, i, heredocs.splice(0));
    } else {
      begin(i);
      value += c;
      i += 1;
    }
  }
  endWord(text.length);
  endCommand();
  return { commands: commands.map(dropKeywords).filter((command) => command.words.length > 0), substitutions };
}

/** Index of the line after the last here-document body that starts at `from`. */
function skipHeredocs(text: string, from: number, pending: readonly { delimiter: string; strip: boolean }[]): number {
  let i = from;
  for (const { delimiter, strip } of pending) {
    while (i < text.length) {
      const eol = text.indexOf('\n', i);
      const line = text.slice(i, eol === -1 ? text.length : eol);
      i = eol === -1 ? text.length : eol + 1;
      if ((strip ? line.replace(/^\t+/u, '') : line) === delimiter) break;
    }
  }
  return i;
}

const LEADING = new Set([
  'if',
  'then',
  'else',
  'elif',
  'do',
  'while',
  'until',
  '!',
  '{',
  '}',
  'fi',
  'done',
  'esac',
  'time',
]);
const WHOLE = new Set(['for', 'case', 'select', 'function', 'in', ';;']);

/** Drops reserved words that start a command (`then docker ps` → `docker ps`) and loop headers. */
function dropKeywords(command: SimpleCommand): SimpleCommand {
  let words = command.words;
  while (words[0] && !words[0].dynamic && LEADING.has(words[0].value)) words = words.slice(1);
  if (words[0] && WHOLE.has(words[0].value)) words = [];
  return { words };
}
