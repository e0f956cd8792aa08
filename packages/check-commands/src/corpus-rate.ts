/**
 * The checker's error rate on prompt lines: of the commands in a corpus's console sessions, how many
 * carry at least one error. `node packages/check-commands/src/corpus-rate.ts <files…>` prints it per file.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { codeBlocks, parseSession } from '../../code-blocks/index.ts';
import { checkSources } from './check.ts';
import type { Diagnostic } from './diagnostic.ts';

export interface Rate {
  /** Prompt lines: commands of console sessions (a command's continuation lines count once). */
  commands: number;
  /** Commands with at least one error on one of their lines. */
  failing: number;
}

/** The error rate of `text`'s session commands, given the checker's diagnostics for it. */
export function errorRate(text: string, diagnostics: readonly Diagnostic[]): Rate {
  const errorLines = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.line));
  let commands = 0;
  let failing = 0;
  for (const block of codeBlocks(text, 'md')) {
    if (block.kind !== 'session') continue;
    for (const part of parseSession(block.code)) {
      if (part.kind !== 'command' || part.interpreter !== 'shell') continue;
      commands += 1;
      if (part.lines.some((row) => errorLines.has(block.line + row.line))) failing += 1;
    }
  }
  return { commands, failing };
}

if (import.meta.main) {
  for (const file of process.argv.slice(2)) {
    const text = await readFile(file, 'utf8');
    const { commands, failing } = errorRate(text, await checkSources([{ file, text }]));
    console.log(
      `${path.basename(file)}: ${failing} of ${commands} prompt lines with an error (${((100 * failing) / commands).toFixed(1)} %)`,
    );
  }
}
