/**
 * Turns a code block into the shell scripts to check: each shell command of a session, or a whole
 * shell script, read through the code-blocks model the copy button also uses, so what a student
 * copies is exactly what the build checked.
 */
import {
  blockCommands,
  matchPrompt,
  scriptText,
  type BlockCommand,
  type CodeBlock,
} from '../../../code-blocks/index.ts';

export interface Script {
  text: string;
  /** Maps a string offset in `text` to a 1-based file line and column. */
  position: (offset: number) => { line: number; column: number };
}

/** The script of one command: offsets map to its physical lines in the file. */
function commandScript(block: CodeBlock, command: BlockCommand): Script {
  const starts: number[] = [];
  let length = 0;
  for (const row of command.lines) {
    starts.push(length);
    length += row.text.length + 1;
  }
  return {
    text: scriptText(command),
    position(offset) {
      let index = starts.length - 1;
      while (index > 0 && (starts[index] ?? 0) > offset) index -= 1;
      const row = command.lines[index] ?? command.lines[0];
      const blockLine = row?.line ?? 0;
      return {
        line: block.line + blockLine,
        column: (block.columns[blockLine] ?? 0) + (row?.column ?? 0) + offset - (starts[index] ?? 0) + 1,
      };
    },
  };
}

/** The script of a whole block (a Dockerfile or compose file): offsets map line by line. */
export function wholeScript(block: CodeBlock): Script {
  const text = block.code;
  return {
    text,
    position(offset) {
      const before = text.slice(0, offset);
      const line = before.split('\n').length - 1;
      return {
        line: block.line + line,
        column: (block.columns[line] ?? 0) + offset - (before.lastIndexOf('\n') + 1) + 1,
      };
    },
  };
}

/** A synopsis's lines, each the shape of one command (a prompt, if written, is not part of it). */
function synopsisCommands(code: string): BlockCommand[] {
  return code.split(/\r?\n/u).flatMap((text, line) => {
    // `# 설명` is a comment here, not a root prompt.
    const prompt = matchPrompt(text)?.prompt ?? '';
    const column = prompt.trim() === '#' ? 0 : prompt.length;
    const command = text.slice(column);
    if (command.trim() === '' || command.trim().startsWith('#')) return [];
    return [{ interpreter: 'shell' as const, lines: [{ line, column, text: command }], copy: '' }];
  });
}

/** The POSIX shell scripts in `block`: its shell commands, or a synopsis's lines; SQL and PowerShell are not checked. */
export function blockScripts(block: CodeBlock): Script[] {
  const commands =
    block.kind === 'synopsis' ? synopsisCommands(block.code) : blockCommands(block.kind, block.lang, block.code);
  return commands.filter((command) => command.interpreter === 'shell').map((command) => commandScript(block, command));
}
