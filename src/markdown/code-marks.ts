/**
 * What a code block's lines mean, independent of highlighting: which columns are prompts,
 * which are placeholders, which lines are output, and what the copy button copies.
 */
import { copyText, parseSession, SESSION_LANGS, isSession } from '../lib/console-session.ts';
import { findPlaceholders } from '../lib/placeholders.ts';

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
  /** True when the block is a prompt session. */
  session: boolean;
  copy: string;
}

/** A fence's meta attributes (`expect-error="reason" nocheck title='x'`); a bare word maps to `''`. */
export function parseFenceMeta(meta: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const match of (meta ?? '').matchAll(/([\w-]+)(?:=(?:"([^"]*)"|'([^']*)'|(\S+)))?/gu)) {
    const key = match[1];
    if (key !== undefined && !out.has(key)) out.set(key, match[2] ?? match[3] ?? match[4] ?? '');
  }
  return out;
}

/** Languages whose every line is a command or a comment. */
export const SCRIPT_LANGS: ReadonlySet<string> = new Set(['bash', 'sh', 'shell', 'zsh', 'powershell']);

/** Plain-text blocks count as sessions when a prompt starts one of their lines. */
const PLAIN_LANGS: ReadonlySet<string> = new Set(['plaintext', 'text', 'txt', '']);

/** Computes the marks of a block of `code` in `lang`. */
export function codeMarks(code: string, lang: string): CodeMarks {
  const session = SESSION_LANGS.has(lang) || (PLAIN_LANGS.has(lang) && isSession(code));
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

  if (session) {
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
  } else if (SCRIPT_LANGS.has(lang)) {
    code.split(/\r?\n/u).forEach((text, line) => {
      const comment = /^\s*#/u.test(text);
      if (!comment) addPlaceholders(line, 0, text);
    });
  }
  return { marks, output, session, copy: copyText(code, session ? 'console' : lang) };
}
