/**
 * Reads a note's lines into blocks: headings, paragraphs, lists, console sessions, tables,
 * callouts, images and the `[ 학습 목표 ]` objectives. Every input line ends up in a block or in
 * `markup` (lines that only carry layout: `<br>`, rules around a table, fences).
 */
import { classify, isTitleLike, numberOf, type Line } from './classify.ts';
import type { CalloutType } from './emoji.ts';
import { isDelimiterRow, isRow, isRule, splitRow, type Align } from './tables.ts';
import { guessLang } from './guess-lang.ts';
import { readSession } from './read-session.ts';
import { readList } from './read-list.ts';
import { readAsciiTable, readMarkdownTable, readTabTable } from './read-table.ts';
import { readComment, readPictures, readPre } from './read-html.ts';
import { readQuote } from './read-quote.ts';
import { dockerfileEnd, yamlEnd } from './raw-code.ts';
import { readFrontMatter } from './front-matter.ts';

/** Heading ranks before levels are assigned: Markdown `#` levels are 1–6; inferred titles use these. */
export const RANK = { section: 12, sub: 13, item: 14 } as const;

export interface ListItem {
  depth: number;
  ordered: boolean;
  number: number;
  text: string;
  line: number;
}

export type Block =
  | { kind: 'heading'; rank: number; text: string; line: number }
  | { kind: 'paragraph'; lines: string[]; line: number }
  | { kind: 'list'; items: ListItem[]; line: number }
  | {
      kind: 'code';
      lang: string;
      /** Fence meta, e.g. `synopsis`. */
      meta?: string;
      lines: string[];
      line: number;
      /** The 1-based note line of each code line, when they are not the lines after `line` in order. */
      sources?: number[];
    }
  | { kind: 'comparison'; caption: string; columns: string[]; rows: string[][]; line: number }
  | { kind: 'table'; header: string[]; align: Align[]; rows: string[][]; line: number }
  | { kind: 'callout'; type: CalloutType; lines: string[]; line: number }
  | { kind: 'image'; alt: string; src: string; title: string; line: number }
  | { kind: 'rule'; line: number }
  | { kind: 'objectives'; items: string[]; line: number }
  | { kind: 'quote'; blocks: Block[]; line: number }
  | { kind: 'comment'; text: string; line: number }
  | { kind: 'links'; links: { label: string; target: string }[]; line: number };

export interface Issue {
  /** 1-based line in the note. */
  line: number;
  rule: string;
  message: string;
}

export interface Reading {
  blocks: Block[];
  /** 1-based lines that carry only layout and are deliberately not copied. */
  markup: Set<number>;
  issues: Issue[];
}

/** Reads `lines` (already normalised) into blocks. */
export function readBlocks(lines: readonly string[]): Reading {
  const kinds = lines.map(classify);
  const blocks: Block[] = [];
  const markup = new Set<number>();
  const issues: Issue[] = [];
  const kindAt = (index: number): Line => kinds[index] ?? { kind: 'blank' };
  const nextFilled = (index: number): number => {
    let next = index;
    while (next < lines.length && kindAt(next).kind === 'blank') next += 1;
    return next;
  };
  /** True when line `index` is followed directly by content, or after blank lines by a list. */
  const introduces = (index: number, allowGap: boolean): boolean => {
    const direct = kindAt(index + 1).kind;
    if (direct !== 'blank') return !['heading', 'title', 'objectives', 'rule'].includes(direct);
    const later = kindAt(nextFilled(index + 1)).kind;
    return allowGap && later === 'item';
  };

  /** The text of the next line when it is prose, else '' (a title is not followed by another title). */
  const nextText = (index: number): string => {
    const next = kindAt(index + 1);
    return next.kind === 'text' ? next.text : '';
  };

  /** True under a `<Docker 용어 정리>`-style title that stands alone: the titles after it are its sub-headings. */
  let grouped = false;
  let index = readFrontMatter(lines, blocks, markup);
  while (index < lines.length) {
    const line = kindAt(index);
    const at = index + 1;
    const raw = line.kind === 'fence' ? undefined : rawCode(lines, index);
    if (raw) {
      blocks.push({ kind: 'code', lang: raw.lang, lines: dedent(lines.slice(index, raw.end)), line: at });
      index = raw.end;
      continue;
    }
    switch (line.kind) {
      case 'comment':
        blocks.push({ kind: 'comment', text: line.text, line: at });
        index += 1;
        break;
      case 'comment-open':
        index = readComment(lines, index, blocks);
        break;
      case 'pre':
        index = readPre(lines, index, blocks, markup);
        break;
      case 'wrapper':
        markup.add(at);
        index += 1;
        break;
      case 'pictures':
        readPictures(line.pictures, at, blocks);
        index += 1;
        break;
      case 'quote':
        index = readQuote(lines, kinds, index, { blocks, markup, issues }, readBlocks);
        break;
      case 'blank':
        if ((lines[index] ?? '').trim() !== '') markup.add(at);
        index += 1;
        break;
      case 'fence': {
        const end = findFenceEnd(lines, index, line.fence);
        const code = lines.slice(index + 1, end);
        const lang = line.lang || guessLang(dedent(code));
        if (line.caption !== '') blocks.push({ kind: 'paragraph', lines: [line.caption], line: at });
        blocks.push({ kind: 'code', lang, lines: dedent(code), line: at });
        markup.add(at);
        if (end < lines.length) markup.add(end + 1);
        else
          issues.push({
            line: at,
            rule: 'unclosed-fence',
            message: `code fence ${line.fence} is never closed; the block runs to the end of the note`,
          });
        index = end + 1;
        break;
      }
      case 'heading':
        grouped = false;
        if (line.text.trim() === '') markup.add(at);
        else blocks.push({ kind: 'heading', rank: line.level, text: line.text, line: at });
        index += 1;
        break;
      case 'command':
        index = readSession(lines, kinds, index, blocks);
        break;
      case 'rule':
        grouped = false;
        if (isRow(lines[index + 1] ?? '')) {
          index = readAsciiTable(lines, index, undefined, blocks, markup, issues);
        } else {
          blocks.push({ kind: 'rule', line: at });
          index += 1;
        }
        break;
      case 'objectives': {
        markup.add(at);
        const items: string[] = [];
        let next = nextFilled(index + 1);
        for (let k = kindAt(next); k.kind === 'item' || k.kind === 'numbered'; k = kindAt(next)) {
          items.push(k.kind === 'item' ? k.text : numberOf(k.text).rest);
          next += 1;
        }
        blocks.push({ kind: 'objectives', items, line: at });
        index = next;
        break;
      }
      case 'title':
        grouped = kindAt(index + 1).kind === 'blank';
        blocks.push({ kind: 'heading', rank: RANK.section, text: line.text, line: at });
        index += 1;
        break;
      case 'marker': {
        const { marker, text } = line;
        if (marker.kind === 'number') {
          blocks.push({ kind: 'heading', rank: RANK.sub, text: `${marker.value}. ${text}`, line: at });
          index += 1;
        } else if (marker.kind === 'pin' && isTitleLike(text)) {
          blocks.push({ kind: 'heading', rank: RANK.section, text, line: at });
          index += 1;
        } else if (marker.kind === 'check' && isTitleLike(text) && introduces(index, true)) {
          blocks.push({ kind: 'heading', rank: RANK.sub, text, line: at });
          index += 1;
        } else if (marker.kind === 'check' && marker.callout === undefined) {
          blocks.push({ kind: 'paragraph', lines: [text], line: at });
          index += 1;
        } else {
          const type = marker.kind === 'check' || marker.kind === 'callout' ? (marker.callout ?? 'note') : 'note';
          const body = [text];
          index += 1;
          while (kindAt(index).kind === 'text') {
            body.push(lines[index]?.trim() ?? '');
            index += 1;
          }
          blocks.push({ kind: 'callout', type, lines: body, line: at });
        }
        break;
      }
      case 'item':
        index = readList(lines, kinds, index, blocks);
        break;
      case 'numbered':
        if (
          isTitleLike(numberOf(line.text).rest) &&
          introduces(index, false) &&
          kindAt(index + 1).kind !== 'numbered'
        ) {
          blocks.push({ kind: 'heading', rank: RANK.item, text: line.text.trim(), line: at });
          index += 1;
        } else {
          index = readList(lines, kinds, index, blocks);
        }
        break;
      case 'text':
        if (line.text.includes('\t') && (lines[index + 1] ?? '').trim().includes('\t')) {
          index = readTabTable(lines, index, blocks);
        } else if (index === nextFilled(0) && isTitleLike(line.text) && kindAt(index + 1).kind === 'blank') {
          // A short line that opens the note on its own is the note's title.
          blocks.push({ kind: 'heading', rank: 1, text: line.text, line: at });
          index += 1;
        } else if (isRow(line.text) && isRule(lines[index + 1] ?? '') && isRow(lines[index + 2] ?? '')) {
          index = readAsciiTable(lines, index + 1, undefined, blocks, markup, issues, splitRow(line.text));
        } else if (isRule(lines[index + 1] ?? '') && isRow(lines[index + 2] ?? '')) {
          index = readAsciiTable(lines, index + 1, line.text, blocks, markup, issues);
        } else if (kindAt(index + 1).kind === 'rule' && isTitleLike(line.text)) {
          // A setext heading: `제목` over `=====` or `-----`.
          const level = (lines[index + 1] ?? '').trim().startsWith('=') ? 1 : 2;
          blocks.push({ kind: 'heading', rank: level, text: line.text, line: at });
          markup.add(at + 1);
          index += 2;
        } else if (isRow(line.text) && isDelimiterRow(lines[index + 1] ?? '')) {
          index = readMarkdownTable(lines, index, blocks, markup);
        } else if (isTitleLike(line.text) && introduces(index, false) && !isTitleLike(nextText(index))) {
          const depth = (line.indent > 0 ? 1 : 0) + (grouped ? 1 : 0);
          blocks.push({
            kind: 'heading',
            rank: [RANK.section, RANK.sub, RANK.item][depth] ?? RANK.item,
            text: line.text,
            line: at,
          });
          index += 1;
        } else {
          index = readParagraph(lines, kinds, index, blocks);
        }
        break;
    }
  }
  return { blocks, markup, issues };
}

/** Code pasted without a fence that starts at `index`: a Dockerfile or YAML, and where it ends. */
function rawCode(lines: readonly string[], index: number): { lang: string; end: number } | undefined {
  const dockerfile = dockerfileEnd(lines, index);
  if (dockerfile !== undefined) return { lang: 'dockerfile', end: dockerfile };
  const yaml = yamlEnd(lines, index);
  return yaml === undefined ? undefined : { lang: 'yaml', end: yaml };
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
export function dedent(code: readonly string[]): string[] {
  const widths = code.filter((line) => line.trim() !== '').map((line) => line.length - line.trimStart().length);
  const common = Math.min(...widths, Infinity);
  return code.map((line) => line.slice(Number.isFinite(common) ? common : 0));
}

/** Consecutive text lines. */
function readParagraph(lines: readonly string[], kinds: readonly Line[], start: number, blocks: Block[]): number {
  const out: string[] = [];
  let index = start;
  while (kinds[index]?.kind === 'text') {
    const next = lines[index + 1] ?? '';
    if (index > start && isRule(next) && isRow(lines[index + 2] ?? '')) break;
    if (index > start && rawCode(lines, index) !== undefined) break;
    // `// 설명` explains the command under it: the words are the line.
    out.push((lines[index] ?? '').trim().replace(/^\/\/+\s*/u, ''));
    index += 1;
  }
  blocks.push({ kind: 'paragraph', lines: out, line: start + 1 });
  return index;
}
