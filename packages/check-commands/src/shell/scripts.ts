/**
 * Turns a code block into the shell scripts to check: each command of a console session
 * (read through the same console-session module as the copy button), or a whole bash block.
 */
import { parseSession, type CommandPart } from '../../../src/lib/console-session.ts';
import type { Block } from '../markdown/fences.ts';

export interface Script {
  text: string;
  /** Maps a string offset in `text` to a 1-based file line and column. */
  position: (offset: number) => { line: number; column: number };
}

/** Languages whose blocks are prompt sessions. */
export const SESSION_LANGS: ReadonlySet<string> = new Set(['console', 'terminal', 'shellsession', 'shell-session']);
/** Languages whose blocks are scripts: every line is a command or a comment. */
export const SCRIPT_LANGS: ReadonlySet<string> = new Set(['bash', 'sh', 'shell', 'zsh']);
const PLAIN_LANGS: ReadonlySet<string> = new Set(['', 'text', 'txt', 'plaintext']);

/** Lines of `part` and where each starts in the file. */
function sessionScript(block: Block, part: CommandPart): Script {
  const starts: number[] = [];
  let length = 0;
  for (const row of part.lines) {
    starts.push(length);
    length += row.text.length + 1;
  }
  return {
    text: part.lines.map((row) => row.text).join('\n'),
    position(offset) {
      let index = starts.length - 1;
      while (index > 0 && (starts[index] ?? 0) > offset) index -= 1;
      const row = part.lines[index] ?? part.lines[0];
      return {
        line: block.line + (row?.line ?? 0),
        column: block.indent + (row?.column ?? 0) + offset - (starts[index] ?? 0) + 1,
      };
    },
  };
}

/** The script of a whole block: offsets map line by line. */
export function wholeScript(block: Block): Script {
  const text = block.code;
  return {
    text,
    position(offset) {
      const before = text.slice(0, offset);
      const line = before.split('\n').length - 1;
      return { line: block.line + line, column: block.indent + offset - (before.lastIndexOf('\n') + 1) + 1 };
    },
  };
}

/** True when a script block is written as a session (`$ docker ps`), which authors sometimes label bash. */
function looksLikeSession(code: string): boolean {
  return /^\s*\$ \S/mu.test(code);
}

/** The shell scripts in `block`, or none when the block is not shell. */
export function blockScripts(block: Block): Script[] {
  const session =
    SESSION_LANGS.has(block.lang) ||
    ((SCRIPT_LANGS.has(block.lang) || PLAIN_LANGS.has(block.lang)) && looksLikeSession(block.code)) ||
    (PLAIN_LANGS.has(block.lang) &&
      parseSession(block.code).some((p) => p.kind === 'command' && p.prompt.trim() !== '#'));
  if (session) {
    return parseSession(block.code)
      .filter((part): part is CommandPart => part.kind === 'command' && part.interpreter === 'shell')
      .map((part) => sessionScript(block, part));
  }
  return SCRIPT_LANGS.has(block.lang) ? [wholeScript(block)] : [];
}
