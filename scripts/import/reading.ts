/**
 * What reading a note gives (blocks, the lines that only carry layout, issues) and the reader's
 * state with the look-ahead questions every reading step asks of the lines around it.
 */
import type { Line } from './classify.ts';
import type { CalloutType } from './emoji.ts';
import type { Align } from './tables.ts';

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

/** A note being read: its lines, what each line is on its own, and what has been read so far. */
export interface Reader extends Reading {
  lines: readonly string[];
  kinds: readonly Line[];
  /** True under a `<Docker 용어 정리>`-style title that stands alone: the titles after it are its sub-headings. */
  grouped: boolean;
}

/** A reader at the start of `lines`. */
export function startReading(lines: readonly string[], kinds: readonly Line[]): Reader {
  return { lines, kinds, blocks: [], markup: new Set(), issues: [], grouped: false };
}

/** What line `index` is on its own; past the end, blank. */
export function kindAt(reader: Reader, index: number): Line {
  return reader.kinds[index] ?? { kind: 'blank' };
}

/** The text of line `index`, '' past the end. */
export function lineAt(reader: Reader, index: number): string {
  return reader.lines[index] ?? '';
}

/** The index of the first non-blank line from `index` on (the line count when there is none). */
export function nextFilled(reader: Reader, index: number): number {
  let next = index;
  while (next < reader.lines.length && kindAt(reader, next).kind === 'blank') next += 1;
  return next;
}

/** True when line `index` is followed directly by content, or after blank lines by a list. */
export function introduces(reader: Reader, index: number, allowGap: boolean): boolean {
  const direct = kindAt(reader, index + 1).kind;
  if (direct !== 'blank') return !['heading', 'title', 'objectives', 'rule'].includes(direct);
  const later = kindAt(reader, nextFilled(reader, index + 1)).kind;
  return allowGap && later === 'item';
}

/** The text of the next line when it is prose, else '' (a title is not followed by another title). */
export function nextText(reader: Reader, index: number): string {
  const next = kindAt(reader, index + 1);
  return next.kind === 'text' ? next.text : '';
}
