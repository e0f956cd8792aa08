/**
 * Tables in notes: ASCII tables drawn with `|` between cells and `----` rules above and below
 * (the VM vs container table), and Markdown tables with a `| :---: |` delimiter row.
 */
import { formatInline } from './inline.ts';
import { jsString } from './escape.ts';

export type Align = 'left' | 'center' | 'right' | undefined;

/** True for a horizontal rule line: `----`, `====`, `+----+----+`. */
export function isRule(line: string): boolean {
  return /^\s*(?:[-=]{3,}|\+[-=+]{3,})\s*$/u.test(line);
}

/** True for a Markdown table delimiter row such as `| :----: | --- |`. */
export function isDelimiterRow(line: string): boolean {
  return /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/u.test(line) && line.includes('-') && /[|:]/u.test(line);
}

/** True when `line` could be a table row: at least one `|` outside code spans. */
export function isRow(line: string): boolean {
  return line.replace(/`[^`]*`/gu, '').includes('|');
}

/** Splits a row into trimmed cells, dropping the empty cells an outer `|` leaves. */
export function splitRow(line: string): string[] {
  const cells = line
    .trim()
    .split(/(?<!\\)\|/u)
    .map((cell) => cell.trim());
  if (line.trim().startsWith('|')) cells.shift();
  if (line.trim().endsWith('|') && !line.trim().endsWith('\\|')) cells.pop();
  return cells;
}

/** Column alignments from a delimiter row. */
export function alignments(delimiter: string): Align[] {
  return splitRow(delimiter).map((cell) => {
    const left = cell.startsWith(':');
    const right = cell.endsWith(':');
    if (left && right) return 'center';
    if (right) return 'right';
    return left ? 'left' : undefined;
  });
}

/** Column titles read from a caption such as `가상 머신(VM) vs 컨테이너(Container)`, with `항목` over the row headers. */
export function columnsFromCaption(caption: string, width: number): string[] | undefined {
  const sides = caption.split(/\s+(?:vs\.?|VS|대)\s+/u).map((side) => side.trim());
  return sides.length === width - 1 && sides.every((side) => side !== '') ? ['항목', ...sides] : undefined;
}

/** Pads or joins `cells` to `width` columns; extra cells join the last column so no text is lost. */
export function fitRow(cells: readonly string[], width: number): string[] {
  const fitted = cells.slice(0, width);
  if (cells.length > width) fitted[width - 1] = cells.slice(width - 1).join(' | ');
  while (fitted.length < width) fitted.push('');
  return fitted;
}

/** MDX for the Comparison component. */
export function renderComparison(caption: string, columns: readonly string[], rows: readonly string[][]): string {
  const list = (cells: readonly string[]): string => `[${cells.map(jsString).join(', ')}]`;
  return [
    '<Comparison',
    `  caption={${jsString(caption)}}`,
    `  columns={${list(columns)}}`,
    '  rows={[',
    ...rows.map((row) => `    ${list(row)},`),
    '  ]}',
    '/>',
  ].join('\n');
}

/** A Markdown table with escaped cells. */
export function renderMarkdownTable(
  header: readonly string[],
  align: readonly Align[],
  rows: readonly string[][],
): string {
  const cell = (text: string): string => formatInline(text).replace(/(?<!\\)\|/gu, '\\|');
  const line = (cells: readonly string[]): string => `| ${cells.map(cell).join(' | ')} |`;
  const rule = header.map((_, index) => {
    const side = align[index];
    if (side === 'center') return ':---:';
    if (side === 'right') return '---:';
    return side === 'left' ? ':---' : '---';
  });
  return [line(header), `| ${rule.join(' | ')} |`, ...rows.map((row) => line(fitRow(row, header.length)))].join('\n');
}
