/** What a walk reports at its end: a missing subcommand, or too few or too many arguments for the usage. */
import { finding, type Finding } from '../diagnostic.ts';
import type { Arg } from '../shell/invocations.ts';
import type { CommandSpec } from './types.ts';
import { arity } from './usage.ts';
import { requiresSubcommand } from './walk-nodes.ts';
import type { Walker } from './walk-types.ts';

/** The findings once every word is read; none when the walk lost the command or the words ask for help. */
export function endFindings(w: Walker): Finding[] {
  const node = w.node;
  if (!node || asksHelp(w)) return [];
  const end = w.options.end ?? w.args.at(-1)?.end ?? 0;
  if (requiresSubcommand(node)) {
    const names = Object.keys(node.subcommands).slice(0, 8).join(', ');
    return [finding(end, 'error', 'missing-command', `\`${node.path}\` needs a subcommand: ${names}…`)];
  }
  if (!w.options.checkArity || w.opaque) return [];
  return arityFindings(node, w.positional, w.passed.length > 0, end);
}

/** True when a `--help` (or the root's `--version`) was given: the command then runs without its arguments. */
function asksHelp(w: Walker): boolean {
  return w.flags.some(
    (f) => f.flag.name === 'help' || (f.flag.name === 'version' && w.node === w.spec.commands[w.spec.tool]),
  );
}

/**
 * Compares the arguments given to `node` with its usage: a missing one is reported at `end`, an extra one
 * where it is. Words passed on (`run IMAGE cmd…`) count as the one argument that takes them.
 */
export function arityFindings(
  node: CommandSpec,
  positional: readonly Arg[],
  passesOn: boolean,
  end: number,
): Finding[] {
  const counts = arity(node.usage);
  if (!counts) return [];
  const given = positional.length + (passesOn ? 1 : 0);
  const usage = `usage: ${node.path} ${node.usage[0] ?? ''}`;
  if (given < counts.min) {
    const missing = counts.names
      .filter((n) => !n.startsWith('['))
      .slice(given)
      .join(' ');
    return [finding(end, 'error', 'missing-argument', `\`${node.path}\` needs ${missing} (${usage})`)];
  }
  if (positional.length <= counts.max) return [];
  const extra = positional[counts.max];
  const s = counts.max === 1 ? '' : 's';
  return [
    finding(
      extra?.start ?? 0,
      'error',
      'extra-argument',
      `\`${node.path}\` takes at most ${counts.max} argument${s}, but got "${extra?.value ?? ''}" too (${usage})`,
    ),
  ];
}
