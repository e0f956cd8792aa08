/**
 * The language of a code block the note left unlabelled (a bare ``` fence, a `<pre>`): a session
 * when prompts start its commands, a Dockerfile or YAML file by their shape, shell when every
 * line is a command to run, else plain text. Labelled, a block is shown with the right name and
 * checked; as text it would be neither.
 */
import { blockKind } from '../../packages/code-blocks/index.ts';
import { commandShape } from '../../packages/check-commands/index.ts';
import { isBareCommand } from './prompts.ts';
import { dockerfileEnd, yamlEnd } from './raw-code.ts';

/** True when the code, from its first non-blank line, is one whole file of the shape `end` finds. */
function wholeFile(
  code: readonly string[],
  end: (lines: readonly string[], start: number) => number | undefined,
): boolean {
  const start = code.findIndex((line) => line.trim() !== '');
  const stop = start === -1 ? undefined : end(code, start);
  return stop !== undefined && code.slice(stop).every((line) => line.trim() === '');
}

/** The commands of shell code, `\` continuations joined, comments and blank lines left out. */
function commandLines(code: readonly string[]): string[] {
  return code
    .join('\n')
    .replace(/\\\n/gu, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** A fence language for unlabelled `code`. */
export function guessLang(code: readonly string[]): string {
  if (blockKind('', code.join('\n')) === 'session') return 'console';
  if (wholeFile(code, dockerfileEnd)) return 'dockerfile';
  if (wholeFile(code, yamlEnd)) return 'yaml';
  const commands = commandLines(code);
  const runnable =
    commands.length > 0 && commands.every((line) => isBareCommand(line) && commandShape(line) === 'command');
  return runnable ? 'bash' : 'text';
}
