/**
 * Builds a CliSpec for the docker client from its own `--help` output, command by command.
 * `help` runs `docker <args> --help`; it is injected so tests can feed recorded text.
 */
import { parseCobraHelp } from './cobra-help.ts';
import type { CliSpec, CommandSpec } from './types.ts';

export type HelpReader = (args: readonly string[]) => string;

/** Usage after the command path: `docker cp [OPTIONS] SRC` with paths `docker cp` → `[OPTIONS] SRC`. */
export function usageTail(line: string, paths: readonly string[]): string {
  const path = [...paths].sort((a, b) => b.length - a.length).find((p) => line === p || line.startsWith(`${p} `));
  return path === undefined ? line : line.slice(path.length).trim();
}

/** True when the usage passes everything after the first argument on (`IMAGE [COMMAND] [ARG...]`). */
export function passesArgsOn(usage: readonly string[]): boolean {
  return usage.some((line) => /\bCOMMAND\]? \[ARG\.\.\.\]/u.test(line));
}

/** Walks `docker --help` and every command's help into one spec. */
export function snapshotDocker(help: HelpReader, version: string): CliSpec {
  const commands: Record<string, CommandSpec> = {};
  const root = parseCobraHelp(help([]));
  commands['docker'] = {
    path: 'docker',
    usage: root.usage.map((line) => usageTail(line, ['docker'])),
    aliases: [],
    flags: root.globalFlags,
    subcommands: {},
  };
  const names: [alias: string, path: string][] = [];
  const visit = (args: readonly string[]): void => {
    const parsed = parseCobraHelp(help(args));
    const asked = ['docker', ...args].join(' ');
    const path = parsed.aliases[0] ?? asked;
    const known = commands[path];
    if (!known) {
      const usage = parsed.usage.map((line) => usageTail(line, [path, ...parsed.aliases]));
      const spec: CommandSpec = {
        path,
        usage,
        aliases: parsed.aliases.filter((a) => a !== path),
        flags: parsed.flags,
        subcommands: {},
      };
      if (passesArgsOn(usage)) spec.stopsAtFirstArg = true;
      commands[path] = spec;
      for (const name of parsed.commands) visit([...path.split(' ').slice(1), name]);
    }
    for (const alias of new Set([path, asked, ...parsed.aliases])) names.push([alias, path]);
  };
  for (const name of root.commands) visit([name]);
  // Aliases link after the walk: `docker builder build` names a parent visited after `docker build`.
  for (const [alias, path] of names) {
    const words = alias.split(' ');
    const parent = commands[words.slice(0, -1).join(' ')];
    const name = words.at(-1);
    if (parent && name !== undefined) parent.subcommands[name] = path;
  }
  return { tool: 'docker', source: `docker ${version} client: \`docker <command> --help\``, version, commands };
}
