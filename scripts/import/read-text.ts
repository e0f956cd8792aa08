/**
 * A line of plain text or a numbered line, read with the lines around it: the note's title, a tab or
 * ASCII or Markdown table, a setext heading, an inferred title, a list or a paragraph.
 */
import { isTitleLike, numberOf, type Line } from './classify.ts';
import { isDelimiterRow, isRow, isRule, splitRow } from './tables.ts';
import { readList } from './read-list.ts';
import { readAsciiTable, readMarkdownTable, readTabTable } from './read-table.ts';
import { rawCode } from './raw-code.ts';
import { RANK, introduces, kindAt, lineAt, nextFilled, nextText, type Reader } from './reading.ts';

type TextLine = Extract<Line, { kind: 'text' }>;
type NumberedLine = Extract<Line, { kind: 'numbered' }>;

/** Reads from the text line at `index`; returns the index after what it read. */
export function readText(reader: Reader, index: number, line: TextLine): number {
  const { lines, blocks, markup, issues } = reader;
  const at = index + 1;
  const next = lineAt(reader, index + 1);
  const afterNext = lineAt(reader, index + 2);
  if (line.text.includes('\t') && next.trim().includes('\t')) return readTabTable(lines, index, blocks);
  if (index === nextFilled(reader, 0) && isTitleLike(line.text) && kindAt(reader, index + 1).kind === 'blank') {
    // A short line that opens the note on its own is the note's title.
    blocks.push({ kind: 'heading', rank: 1, text: line.text, line: at });
    return index + 1;
  }
  if (isRow(line.text) && isRule(next) && isRow(afterNext)) {
    return readAsciiTable(lines, index + 1, undefined, blocks, markup, issues, splitRow(line.text));
  }
  if (isRule(next) && isRow(afterNext)) return readAsciiTable(lines, index + 1, line.text, blocks, markup, issues);
  if (kindAt(reader, index + 1).kind === 'rule' && isTitleLike(line.text)) {
    // A setext heading: `제목` over `=====` or `-----`.
    blocks.push({ kind: 'heading', rank: next.trim().startsWith('=') ? 1 : 2, text: line.text, line: at });
    markup.add(at + 1);
    return index + 2;
  }
  if (isRow(line.text) && isDelimiterRow(next)) return readMarkdownTable(lines, index, blocks, markup);
  if (isTitleLike(line.text) && introduces(reader, index, false) && !isTitleLike(nextText(reader, index))) {
    const depth = (line.indent > 0 ? 1 : 0) + (reader.grouped ? 1 : 0);
    const rank = [RANK.section, RANK.sub, RANK.item][depth] ?? RANK.item;
    blocks.push({ kind: 'heading', rank, text: line.text, line: at });
    return index + 1;
  }
  return readParagraph(reader, index);
}

/** Reads from a `1. …` line: a title when it is short and introduces content, else a list. */
export function readNumbered(reader: Reader, index: number, line: NumberedLine): number {
  const titled =
    isTitleLike(numberOf(line.text).rest) &&
    introduces(reader, index, false) &&
    kindAt(reader, index + 1).kind !== 'numbered';
  if (!titled) return readList(reader.lines, reader.kinds, index, reader.blocks);
  reader.blocks.push({ kind: 'heading', rank: RANK.item, text: line.text.trim(), line: index + 1 });
  return index + 1;
}

/** Consecutive text lines, up to a table or pasted code. */
function readParagraph(reader: Reader, start: number): number {
  const out: string[] = [];
  let index = start;
  while (kindAt(reader, index).kind === 'text') {
    if (index > start && isRule(lineAt(reader, index + 1)) && isRow(lineAt(reader, index + 2))) break;
    if (index > start && rawCode(reader.lines, index) !== undefined) break;
    // `// 설명` explains the command under it: the words are the line.
    out.push(
      lineAt(reader, index)
        .trim()
        .replace(/^\/\/+\s*/u, ''),
    );
    index += 1;
  }
  reader.blocks.push({ kind: 'paragraph', lines: out, line: start + 1 });
  return index;
}
