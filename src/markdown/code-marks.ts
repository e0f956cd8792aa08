/**
 * What a code block's lines mean on the page, independent of highlighting: which columns are
 * prompts, which are placeholders, which lines are output, and what the copy button copies.
 * The block's kind and its copy text come from the code-blocks model the checker also reads.
 */
import {
  blockKind,
  copyText,
  findPlaceholders,
  parseFenceMeta,
  parseSession,
  type BlockKind,
} from '../../packages/code-blocks/index.ts';

export type MarkKind = 'prompt' | 'placeholder';

export interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
}

export interface CodeMarks {
  /** Marks per 0-based line, sorted by column. */
  marks: Map<number, Mark[]>;
  /** 0-based lines that are command output. */
  output: Set<number>;
  kind: BlockKind;
  copy: string;
}

/** Computes the marks of a block of `code` in `lang` with fence meta `rawMeta`. */
export function codeMarks(code: string, lang: string, rawMeta = ''): CodeMarks {
  const kind = blockKind(lang, code, parseFenceMeta(rawMeta));
  const marks = new Map<number, Mark[]>();
  const output = new Set<number>();
  const add = (line: number, mark: Mark): void => {
    marks.set(line, [...(marks.get(line) ?? []), mark]);
  };
  const addPlaceholders = (line: number, column: number, text: string): void => {
    for (const range of findPlaceholders(text)) {
      add(line, { start: column + range.start, end: column + range.end, kind: 'placeholder' });
    }
  };

  if (kind === 'session') {
    for (const part of parseSession(code)) {
      if (part.kind === 'output') {
        output.add(part.line);
        continue;
      }
      const [first] = part.lines;
      if (first) add(first.line, { start: first.column - part.prompt.length, end: first.column, kind: 'prompt' });
      if (part.interpreter === 'shell') {
        for (const row of part.lines) addPlaceholders(row.line, row.column, row.text);
      }
    }
  } else if (kind === 'script' || kind === 'synopsis') {
    code.split(/\r?\n/u).forEach((text, line) => {
      const comment = /^\s*#/u.test(text);
      if (!comment) addPlaceholders(line, 0, text);
    });
  } else if (kind === 'output') {
    code.split(/\r?\n/u).forEach((_, line) => output.add(line));
  }
  return { marks, output, kind, copy: copyText(kind, lang, code) };
}
