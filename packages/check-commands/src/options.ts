/** Command-line options of check-commands: `[--format text|json] [paths…]`. */

export interface Options {
  format: 'text' | 'json';
  paths: string[];
}

/** Parses argv (without node and the script); throws with the fix when an option is wrong. */
export function parseOptions(argv: readonly string[], defaultPath: string): Options {
  const options: Options = { format: 'text', paths: [] };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? argv[++i] : arg.slice('--format='.length);
      if (value !== 'text' && value !== 'json')
        throw new Error(`--format expects text or json, got ${value ?? 'nothing'}`);
      options.format = value;
    } else if (arg.startsWith('-')) {
      throw new Error(`unknown option ${arg}; usage: check-commands [--format text|json] [paths…]`);
    } else options.paths.push(arg);
  }
  if (options.paths.length === 0) options.paths.push(defaultPath);
  return options;
}
