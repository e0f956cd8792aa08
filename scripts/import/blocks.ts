/**
 * Reads a note's lines into blocks: headings, paragraphs, lists, console sessions, tables,
 * callouts, images and the `[ 학습 목표 ]` objectives. Every input line ends up in a block or in
 * `markup` (lines that only carry layout: `<br>`, rules around a table, fences). Each kind of line
 * has its reading step; a step reads from its line and returns the index after what it read.
 */
import { classify, numberOf, type Line } from './classify.ts';
import { isRow } from './tables.ts';
import { guessLang } from './guess-lang.ts';
import { readSession } from './read-session.ts';
import { readList } from './read-list.ts';
import { readAsciiTable } from './read-table.ts';
import { readComment, readPictures, readPre } from './read-html.ts';
import { readQuote } from './read-quote.ts';
import { readMarked } from './read-marker.ts';
import { readNumbered, readText } from './read-text.ts';
import { rawCode } from './raw-code.ts';
import { readFrontMatter } from './front-matter.ts';
import { RANK, kindAt, lineAt, nextFilled, startReading, type Reader, type Reading } from './reading.ts';

/** Reads `lines` (already normalised) into blocks. */
export function readBlocks(lines: readonly string[]): Reading {
  const reader = startReading(lines, lines.map(classify));
  let index = readFrontMatter(lines, reader.blocks, reader.markup);
  while (index < lines.length) index = readFrom(reader, index);
  const { blocks, markup, issues } = reader;
  return { blocks, markup, issues };
}

/** One reading step: what the line at `index` starts, read into `reader`; returns the index after it. */
function readFrom(reader: Reader, index: number): number {
  const line = kindAt(reader, index);
  const { lines, kinds, blocks, markup } = reader;
  if (line.kind !== 'fence') {
    const raw = rawCode(lines, index);
    if (raw) {
      blocks.push({ kind: 'code', lang: raw.lang, lines: dedent(lines.slice(index, raw.end)), line: index + 1 });
      return raw.end;
    }
  }
  switch (line.kind) {
    case 'comment':
      blocks.push({ kind: 'comment', text: line.text, line: index + 1 });
      return index + 1;
    case 'comment-open':
      return readComment(lines, index, blocks);
    case 'pre':
      return readPre(lines, index, blocks, markup);
    case 'wrapper':
      markup.add(index + 1);
      return index + 1;
    case 'pictures':
      readPictures(line.pictures, index + 1, blocks);
      return index + 1;
    case 'quote':
      return readQuote(lines, kinds, index, reader, readBlocks);
    case 'blank':
      if (lineAt(reader, index).trim() !== '') markup.add(index + 1);
      return index + 1;
    case 'fence':
      return readFence(reader, index, line);
    case 'heading':
      return readHeading(reader, index, line);
    case 'command':
      return readSession(lines, kinds, index, blocks);
    case 'rule':
      return readRule(reader, index);
    case 'objectives':
      return readObjectives(reader, index);
    case 'title':
      reader.grouped = kindAt(reader, index + 1).kind === 'blank';
      blocks.push({ kind: 'heading', rank: RANK.section, text: line.text, line: index + 1 });
      return index + 1;
    case 'marker':
      return readMarked(reader, index, line);
    case 'item':
      return readList(lines, kinds, index, blocks);
    case 'numbered':
      return readNumbered(reader, index, line);
    case 'text':
      return readText(reader, index, line);
  }
}

/** A fenced code block (its language guessed when the fence names none), with the caption after the language. */
function readFence(reader: Reader, index: number, line: Extract<Line, { kind: 'fence' }>): number {
  const at = index + 1;
  const end = findFenceEnd(reader.lines, index, line.fence);
  const code = dedent(reader.lines.slice(index + 1, end));
  if (line.caption !== '') reader.blocks.push({ kind: 'paragraph', lines: [line.caption], line: at });
  reader.blocks.push({ kind: 'code', lang: line.lang || guessLang(code), lines: code, line: at });
  reader.markup.add(at);
  if (end < reader.lines.length) reader.markup.add(end + 1);
  else
    reader.issues.push({
      line: at,
      rule: 'unclosed-fence',
      message: `code fence ${line.fence} is never closed; the block runs to the end of the note`,
    });
  return end + 1;
}

/** A Markdown heading; an empty `#` line is only layout. */
function readHeading(reader: Reader, index: number, line: Extract<Line, { kind: 'heading' }>): number {
  reader.grouped = false;
  if (line.text.trim() === '') reader.markup.add(index + 1);
  else reader.blocks.push({ kind: 'heading', rank: line.level, text: line.text, line: index + 1 });
  return index + 1;
}

/** A rule line: the top of an ASCII table when a row follows, else a thematic break. */
function readRule(reader: Reader, index: number): number {
  reader.grouped = false;
  if (isRow(lineAt(reader, index + 1))) {
    return readAsciiTable(reader.lines, index, undefined, reader.blocks, reader.markup, reader.issues);
  }
  reader.blocks.push({ kind: 'rule', line: index + 1 });
  return index + 1;
}

/** `[ 학습 목표 ]` and the list items after it. */
function readObjectives(reader: Reader, index: number): number {
  reader.markup.add(index + 1);
  const items: string[] = [];
  let next = nextFilled(reader, index + 1);
  for (let k = kindAt(reader, next); k.kind === 'item' || k.kind === 'numbered'; k = kindAt(reader, next)) {
    items.push(k.kind === 'item' ? k.text : numberOf(k.text).rest);
    next += 1;
  }
  reader.blocks.push({ kind: 'objectives', items, line: index + 1 });
  return next;
}

/** The index of the line that closes a fence opened at `start`, or the line count when none does. */
function findFenceEnd(lines: readonly string[], start: number, fence: string): number {
  const char = fence.charAt(0);
  for (let index = start + 1; index < lines.length; index += 1) {
    const text = lines[index]?.trim() ?? '';
    if (text.startsWith(fence) && [...text].every((c) => c === char)) return index;
  }
  return lines.length;
}

/** Removes the indentation every non-blank line of a code block shares. */
function dedent(code: readonly string[]): string[] {
  const widths = code.filter((line) => line.trim() !== '').map((line) => line.length - line.trimStart().length);
  const common = Math.min(...widths, Infinity);
  return code.map((line) => line.slice(Number.isFinite(common) ? common : 0));
}
