/** Line-ending and whitespace normalisation, done once before any block is recognised. */

/** Splits `text` into lines, accepting LF, CRLF and lone CR, without trailing whitespace or zero-width spaces. */
export function toLines(text: string): string[] {
  const lines = text
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .map((line) => line.replace(/[\u200b\ufeff]/gu, '').replace(/\s+$/u, ''));
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  return lines.map(expandTabs);
}

/**
 * Replaces the tabs that indent a line with spaces to the next multiple of four, so indentation
 * compares by columns. Tabs inside the text stay: they separate the cells of a pasted table.
 */
export function expandTabs(line: string): string {
  const indent = /^[ \t]*/u.exec(line)?.[0] ?? '';
  let out = '';
  for (const char of indent) out += char === '\t' ? ' '.repeat(4 - (out.length % 4)) : char;
  return out + line.slice(indent.length);
}

/** Number of leading spaces of `line`. */
export function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}
