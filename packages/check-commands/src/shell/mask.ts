/**
 * Placeholders such as `<컨테이너명>`, `[CONTAINER ID]` or `{{이름}}` contain characters the shell
 * reads as redirections, globs or word breaks. Masking them with letters of the same length lets the
 * parser and lexer see one plain word while every offset stays where it was.
 */
import type { Range } from '../../../code-blocks/index.ts';

const SPECIAL = /[<>(){}[\]|&;\s'"$`]/u;

/** `text` with every placeholder that holds shell syntax replaced by `x`s of the same length. */
export function maskPlaceholders(text: string, ranges: readonly Range[]): string {
  let out = '';
  let at = 0;
  for (const { start, end } of ranges) {
    const slice = text.slice(start, end);
    if (!SPECIAL.test(slice)) continue;
    out += text.slice(at, start) + 'x'.repeat(end - start);
    at = end;
  }
  return out + text.slice(at);
}
