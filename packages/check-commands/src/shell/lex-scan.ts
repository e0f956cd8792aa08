/** Where a quoted or bracketed stretch of shell text ends, and where here-document bodies end. */

/** A here-document the current line opened (`<<EOF`, or `<<-EOF`, which strips leading tabs). */
export interface Heredoc {
  delimiter: string;
  strip: boolean;
}

/** Index just after the `close` that balances the opener before `from`, skipping quoted text. */
export function balanced(text: string, from: number, open: string, close: string): number {
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
export function closeDouble(text: string, from: number): number {
  let i = from;
  while (i < text.length && text[i] !== '"') {
    if (text[i] === '\\') i += 1;
    else if (text.startsWith('$(', i)) i = balanced(text, i + 2, '(', ')') - 1;
    i += 1;
  }
  return i + 1;
}

/** Index of the first `close` at or after `from`, stepping over backslash escapes; the end of `text` if none. */
export function closeEscaped(text: string, from: number, close: string): number {
  let i = from;
  while (i < text.length && text[i] !== close) i += text[i] === '\\' ? 2 : 1;
  return i;
}

/** Index of the line after the last here-document body that starts at `from`. */
export function skipHeredocs(text: string, from: number, pending: readonly Heredoc[]): number {
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
