/**
 * Which quote a line of shell leaves open. A quoted string may span lines (`echo "FROM x` then
 * `EXPOSE 80" > Dockerfile`): the shell keeps reading, so the session model must too.
 */

export type Quote = '' | "'" | '"';

/** The quote still open after `text`, given the quote `open` at its start; `''` when none is. */
export function quoteAfter(text: string, open: Quote = ''): Quote {
  let quote = open;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quote === "'") {
      if (char === "'") quote = '';
    } else if (char === '\\') {
      index += 1;
    } else if (quote === '"') {
      if (char === '"') quote = '';
    } else if (char === "'" || char === '"') {
      quote = char;
    } else if (char === '#' && (index === 0 || /\s/u.test(text[index - 1] ?? ''))) {
      // A comment: its apostrophes (`# it's done`) open nothing.
      break;
    }
  }
  return quote;
}

/** Where a shell comment starts in `text` (a `#` that begins a word outside quotes), or the text's length. */
export function commentStart(text: string): number {
  for (const match of text.matchAll(/(?:^|\s)#/gu)) {
    const at = match.index + match[0].length - 1;
    if (quoteAfter(text.slice(0, at)) === '') return at;
  }
  return text.length;
}
