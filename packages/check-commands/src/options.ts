/** Command-line options of check-commands: `[--format text|json] [paths…]`. */
import { parseArgs } from 'node:util';

export interface Options {
  format: 'text' | 'json';
  paths: string[];
}

const USAGE = 'usage: check-commands [--format text|json] [paths…]';

/** Parses argv (without node and the script); throws with the fix when an option is wrong. */
export function parseOptions(argv: readonly string[], defaultPath: string): Options {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: { format: { type: 'string' } }, allowPositionals: true });
  } catch (error) {
    const option = /'([^']+)'/u.exec(error instanceof Error ? error.message : '')?.[1] ?? String(error);
    throw new Error(`unknown option ${option}; ${USAGE}`, { cause: error });
  }
  const format = parsed.values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new Error(`--format expects text or json, got ${format}`);
  return { format, paths: parsed.positionals.length > 0 ? parsed.positionals : [defaultPath] };
}
