/** Line-ending and whitespace normalisation, done once before any block is recognised. */

/** Splits `text` into lines, accepting LF, CRLF and lone CR, without trailing whitespace. */
export function toLines(text: string): string[] {
  const lines = text
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .map((line) => line.replace(/[\s\u200b]+$/u, ''));
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  return lines.map(expandTabs);
}

/** Replaces tabs with spaces to the next multiple of four, so indentation compares by columns. */
export function expandTabs(line: string): string {
  let out = '';
  for (const char of line) out += char === '\t' ? ' '.repeat(4 - (out.length % 4)) : char;
  return out;
}

/** Number of leading spaces of `line`. */
export function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}
