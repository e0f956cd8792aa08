/** Reads tables: ASCII tables between `----` rules and Markdown tables with a delimiter row. */
import type { Block, Issue } from './reading.ts';
import { alignments, columnsFromCaption, fitRow, isRow, isRule, splitRow } from './tables.ts';

/** An ASCII table from its first rule; `caption` is the title line above it, if any. */
export function readAsciiTable(
  lines: readonly string[],
  rule: number,
  caption: string | undefined,
  blocks: Block[],
  markup: Set<number>,
  issues: Issue[],
  headerRow?: string[],
): number {
  markup.add(rule + 1);
  const rows: string[][] = [];
  let header = headerRow;
  let index = rule + 1;
  while (index < lines.length && isRow(lines[index] ?? '')) {
    rows.push(splitRow(lines[index] ?? ''));
    index += 1;
    if (isRule(lines[index] ?? '')) {
      markup.add(index + 1);
      if (rows.length === 1 && isRow(lines[index + 1] ?? '')) header = rows.pop();
      index += 1;
    }
  }
  const width = Math.max(...rows.map((row) => row.length), header?.length ?? 0);
  if (rows.some((row) => row.length !== width)) {
    issues.push({
      line: rule + 2,
      rule: 'table-shape',
      message: `table rows have different numbers of cells; short rows were padded to ${width}`,
    });
  }
  const columns = header ? fitRow(header, width) : columnsFromCaption(caption ?? '', width);
  const fitted = rows.map((row) => fitRow(row, width));
  const line = caption === undefined && headerRow === undefined ? rule + 1 : rule;
  if (columns && caption !== undefined) {
    blocks.push({ kind: 'comparison', caption, columns, rows: fitted, line });
  } else {
    if (caption !== undefined) blocks.push({ kind: 'paragraph', lines: [caption], line });
    const [first = [], ...rest] = columns ? [columns, ...fitted] : fitted;
    if (!columns)
      issues.push({
        line: rule + 2,
        rule: 'table-header',
        message: 'table has no header row or "A vs B" title; its first row was used as the header',
      });
    blocks.push({ kind: 'table', header: first, align: [], rows: rest, line: rule + 1 });
  }
  return index;
}

/** A Markdown table: header row, delimiter row, body rows. */
export function readMarkdownTable(
  lines: readonly string[],
  start: number,
  blocks: Block[],
  markup: Set<number>,
): number {
  const header = splitRow(lines[start] ?? '');
  const align = alignments(lines[start + 1] ?? '');
  markup.add(start + 2);
  const rows: string[][] = [];
  let index = start + 2;
  while (index < lines.length && isRow(lines[index] ?? '') && (lines[index] ?? '').trim() !== '') {
    rows.push(splitRow(lines[index] ?? ''));
    index += 1;
  }
  blocks.push({ kind: 'table', header, align, rows, line: start + 1 });
  return index;
}

/** A table pasted from a spreadsheet: lines whose cells are separated by tabs; the first line is the header. */
export function readTabTable(lines: readonly string[], start: number, blocks: Block[]): number {
  const cells = (line: string): string[] =>
    line
      .trim()
      .split(/\t+/u)
      .map((cell) => cell.trim());
  const header = cells(lines[start] ?? '');
  const rows: string[][] = [];
  let index = start + 1;
  while (index < lines.length && (lines[index] ?? '').trim().includes('\t')) {
    rows.push(fitRow(cells(lines[index] ?? ''), header.length));
    index += 1;
  }
  blocks.push({ kind: 'table', header, align: [], rows, line: start + 1 });
  return index;
}
