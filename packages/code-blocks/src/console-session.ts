/**
 * Splits a terminal session (a `console` code block) into prompts, commands and output.
 * Which blocks are sessions is decided in block-kind.ts; what is copied and checked in commands.ts.
 */
import { quoteAfter, type Quote } from './quotes.ts';

/** One physical line of a command, without its prompt. */
export interface CommandLine {
  /** 0-based line index in the block. */
  line: number;
  /** 0-based column where the command text starts on that line (after the prompt). */
  column: number;
  text: string;
}

export interface CommandPart {
  kind: 'command';
  /** The prompt exactly as written, trailing space included (`$ `, `[root@rocky ~]# `). */
  prompt: string;
  /** `shell` for shell prompts; `sql` for database client prompts such as `mysql> `. */
  interpreter: 'shell' | 'sql';
  /** The command's lines: the first after the prompt, then its `\` continuations. */
  lines: CommandLine[];
}

export interface OutputPart {
  kind: 'output';
  line: number;
  text: string;
}

export type SessionPart = CommandPart | OutputPart;

interface PromptRule {
  pattern: RegExp;
  interpreter: CommandPart['interpreter'];
}

/** Prompt shapes, most specific first. Each captures the whole prompt in group 1. */
const PROMPTS: readonly PromptRule[] = [
  // [root@rocky ~]# , [user@host dir]$
  { pattern: /^(\s*\[[^\]\n]+\][#$] )/u, interpreter: 'shell' },
  // root@host:/etc# , user@host:~$ , root@abc123:/#
  { pattern: /^(\s*[\w.-]+@[\w.[\]-]+(?::[^\s#$]*)?[#$] )/u, interpreter: 'shell' },
  // PS C:\Users\me>
  { pattern: /^(\s*PS [A-Za-z]:[^>\n]*> )/u, interpreter: 'shell' },
  // mysql> , MariaDB [(none)]>
  { pattern: /^(\s*(?:mysql|MariaDB(?: \[[^\]\n]*\])?) ?> )/u, interpreter: 'sql' },
  // $ cmd, # cmd (root)
  { pattern: /^(\s*[$#] )/u, interpreter: 'shell' },
];

/** Returns the prompt that starts `line` and the interpreter it belongs to, if a command follows it. */
export function matchPrompt(line: string): { prompt: string; interpreter: CommandPart['interpreter'] } | undefined {
  for (const { pattern, interpreter } of PROMPTS) {
    const found = pattern.exec(line);
    const prompt = found?.[1];
    if (prompt !== undefined && line.slice(prompt.length).trim() !== '') {
      return { prompt, interpreter };
    }
  }
  return undefined;
}

/** True when a shell line ends in an unescaped backslash, so the command goes on. */
export function continues(text: string): boolean {
  const trailing = /\\+$/u.exec(text.trimEnd());
  return trailing !== null && trailing[0].length % 2 === 1;
}

/** A continuation line's `> ` (the shell's second prompt, PS2), which is not part of the command. */
const SECOND_PROMPT = /^> /u;

/** Splits a console block into command and output parts, in order. */
export function parseSession(code: string): SessionPart[] {
  const rows = code.replace(/\r\n?/gu, '\n').split('\n');
  const parts: SessionPart[] = [];
  let open: CommandPart | undefined;
  let quote: Quote = '';
  rows.forEach((text, line) => {
    if (open) {
      const column = SECOND_PROMPT.test(text) ? 2 : 0;
      open.lines.push({ line, column, text: text.slice(column) });
      quote = quoteAfter(text.slice(column), quote);
      if (quote === '' && !continues(text)) open = undefined;
      return;
    }
    const prompt = matchPrompt(text);
    if (!prompt) {
      parts.push({ kind: 'output', line, text });
      return;
    }
    const command: CommandPart = {
      kind: 'command',
      prompt: prompt.prompt,
      interpreter: prompt.interpreter,
      lines: [{ line, column: prompt.prompt.length, text: text.slice(prompt.prompt.length) }],
    };
    parts.push(command);
    quote = prompt.interpreter === 'shell' ? quoteAfter(text.slice(prompt.prompt.length)) : '';
    if (prompt.interpreter === 'shell' && (quote !== '' || continues(text))) open = command;
  });
  return parts;
}

/** True when at least one line of `code` is a prompt followed by a command. */
export function isSession(code: string): boolean {
  return parseSession(code).some((part) => part.kind === 'command');
}

/** The commands of a session, continuations joined onto one line, for a student to paste. */
export function commandsOf(parts: readonly SessionPart[]): string[] {
  return parts.filter((part): part is CommandPart => part.kind === 'command').map(joinCommand);
}

/**
 * Joins a command's `\` continuations into one line; a line break inside quotes is part of the
 * quoted text and is kept as it is.
 */
export function joinCommand(command: CommandPart): string {
  let out = '';
  let quote: Quote = '';
  command.lines.forEach(({ text }, index) => {
    const last = index === command.lines.length - 1;
    if (quote !== '') out += `\n${text}`;
    else {
      const trimmed = index === 0 ? text.trimEnd() : text.trim();
      const piece = last ? trimmed : trimmed.replace(/\\$/u, '').trimEnd();
      if (piece !== '') out += out === '' ? piece : ` ${piece}`;
    }
    quote = quoteAfter(text, quote);
  });
  return out;
}
