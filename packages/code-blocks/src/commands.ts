/**
 * The commands of a code block: what the checker checks and what the copy button copies, computed
 * from the same parts so the two cannot disagree.
 */
import type { BlockKind } from './block-kind.ts';
import { isShellScript } from './block-kind.ts';
import { joinCommand, parseSession, type CommandLine, type CommandPart } from './console-session.ts';

export interface BlockCommand {
  /** `shell` commands are checked as POSIX shell; `sql` and `powershell` are copied, not checked. */
  interpreter: CommandPart['interpreter'] | 'powershell';
  /** The command's physical lines in the block, continuations included, with their columns in the block. */
  lines: CommandLine[];
  /** What a student pastes for it: a session command's `\` continuations joined, a script as written. */
  copy: string;
}

/** The block's code with Windows line ends made plain and trailing blank lines dropped. */
function normalized(code: string): string {
  return code.replace(/\r\n?/gu, '\n').replace(/\n+$/u, '');
}

/** The commands of a block of `kind` in `lang`: a session's prompted commands, or a whole script. */
export function blockCommands(kind: BlockKind, lang: string, code: string): BlockCommand[] {
  if (kind === 'session') {
    return parseSession(code)
      .filter((part): part is CommandPart => part.kind === 'command')
      .map((part) => ({ interpreter: part.interpreter, lines: part.lines, copy: joinCommand(part) }));
  }
  if (kind === 'script') {
    const text = normalized(code);
    const lines = text.split('\n').map((row, line) => ({ line, column: 0, text: row }));
    return [{ interpreter: isShellScript(lang) ? 'shell' : 'powershell', lines, copy: text }];
  }
  return [];
}

/** The text the checker parses for a command: its lines as written, continuations kept. */
export function scriptText(command: BlockCommand): string {
  return command.lines.map((row) => row.text).join('\n');
}

/**
 * What the copy button copies: a session's commands, one per line; a script, file or text as
 * written; nothing for expected output or a synopsis.
 */
export function copyText(kind: BlockKind, lang: string, code: string): string {
  if (kind === 'output' || kind === 'synopsis') return '';
  if (kind === 'session')
    return blockCommands(kind, lang, code)
      .map((command) => command.copy)
      .join('\n');
  return normalized(code);
}
