/** Turns the transcribed compose CLI reference (data/cli/docker-compose-reference.yaml) into a CliSpec. */
import type { CliSpec, CommandSpec, FlagSpec } from './types.ts';

export interface ComposeReference {
  source: string;
  commands: Record<string, { commit: string; usage: string | string[]; options: Record<string, string> }>;
}

function flags(options: Record<string, string>): FlagSpec[] {
  return Object.entries(options).map(([key, type]) => {
    const [name = key, short] = key.split('/');
    const flag: FlagSpec = { name, type: type === 'bool' ? '' : type, description: '' };
    if (short !== undefined) flag.short = short;
    return flag;
  });
}

/** Builds the `docker compose` CliSpec; the root is `docker compose`, subcommands are `docker compose <name>`. */
export function composeSpec(reference: ComposeReference): CliSpec {
  const commands: Record<string, CommandSpec> = {};
  const root = reference.commands['docker compose'];
  const rootSpec: CommandSpec = {
    path: 'docker compose',
    usage: ['COMMAND'],
    aliases: [],
    flags: flags(root?.options ?? {}),
    subcommands: {},
  };
  commands['docker compose'] = rootSpec;
  for (const [name, entry] of Object.entries(reference.commands)) {
    if (name === 'docker compose') continue;
    const path = `docker compose ${name}`;
    const usage = typeof entry.usage === 'string' ? [entry.usage] : entry.usage;
    const spec: CommandSpec = { path, usage, aliases: [], flags: flags(entry.options), subcommands: {} };
    if (/SERVICE \[?COMMAND\]? \[ARGS?\.\.\.\]/u.test(usage.join(' '))) spec.stopsAtFirstArg = true;
    commands[path] = spec;
    rootSpec.subcommands[name] = path;
  }
  return { tool: 'docker compose', source: reference.source, version: 'v2 reference', commands };
}
