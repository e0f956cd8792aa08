/** What a walk may meet at a command: the flags it accepts and whether it needs a subcommand. */
import type { CliSpec, CommandSpec, FlagSpec } from './types.ts';

/** The flags `node` accepts: its own, the root's when they are inherited, and `--help`/`-h` unless taken. */
export function flagsOf(spec: CliSpec, node: CommandSpec, inherit: boolean): FlagSpec[] {
  const root = spec.commands[spec.tool];
  const own = inherit && root && root !== node ? [...node.flags, ...root.flags] : node.flags;
  const help: FlagSpec[] = [];
  if (!own.some((f) => f.name === 'help'))
    help.push({
      name: 'help',
      type: '',
      description: 'help',
      ...(own.some((f) => f.short === 'h') ? {} : { short: 'h' }),
    });
  return [...own, ...help];
}

/** True when `node` only groups subcommands (`docker container`): its usage is `[OPTIONS] COMMAND`. */
export function requiresSubcommand(node: CommandSpec): boolean {
  return (
    Object.keys(node.subcommands).length > 0 && node.usage.every((u) => /^(?:\[OPTIONS\] )?COMMAND$/u.test(u.trim()))
  );
}
