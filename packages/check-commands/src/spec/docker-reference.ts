/**
 * What Docker's reference data adds to the help snapshot. `docker <command> --help` of one client
 * (data/cli/docker.json) never lists hidden flags, which the CLI still parses (`docker run --net`),
 * and knows nothing of flags added since. docker/docs publishes the reference docker/cli generates
 * from its cobra commands (data/cli/engine/*.yaml: every option with its type, `hidden` and
 * `deprecated`); data/cli/docker-reference.json keeps what it adds, per command.
 */
import type { CliSpec, CommandSpec, FlagSpec } from './types.ts';
import { usageTail } from './docker-snapshot.ts';

/** One option of a reference YAML file, as docker/docs writes it. */
export interface ReferenceOption {
  option: string;
  shorthand?: string;
  value_type?: string;
  hidden?: boolean;
  deprecated?: boolean;
}

/** One reference YAML file (`docker_container_run.yaml`), the fields read. */
export interface ReferenceFile {
  command: string;
  usage?: string;
  aliases?: string;
  options?: ReferenceOption[];
}

/** A flag the snapshot lacks. */
export interface AddedFlag {
  name: string;
  short?: string;
  /** The value type; `''` for a flag that takes no value. */
  type: string;
  hidden?: boolean;
}

export interface ReferenceCommand {
  /** The reference file read and the docker/docs commit it was read at. */
  file: string;
  commit: string;
  flags: AddedFlag[];
  /** Flags the reference marks deprecated (a warning when used). */
  deprecated: string[];
  /** For a command the snapshot lacks altogether: its usage after the path, and its other names. */
  usage?: string[];
  aliases?: string[];
}

export interface DockerReference {
  source: string;
  version: string;
  commands: Record<string, ReferenceCommand>;
}

/** A reference option as a flag of the snapshot's shape (`bool` takes no value). */
function toFlag(option: ReferenceOption): AddedFlag {
  const flag: AddedFlag = { name: option.option, type: option.value_type === 'bool' ? '' : (option.value_type ?? '') };
  if (option.shorthand) flag.short = option.shorthand;
  if (option.hidden) flag.hidden = true;
  return flag;
}

/** What one reference file adds to `snapshot`: flags it lacks, deprecations, or the whole command. */
export function referenceAdditions(
  file: ReferenceFile,
  snapshot: CliSpec,
  source: { file: string; commit: string },
): ReferenceCommand | undefined {
  const known = snapshot.commands[file.command];
  const options = (file.options ?? []).filter((option) => option.option !== 'help');
  const names = new Set(known?.flags.map((flag) => flag.name) ?? []);
  const flags = options.filter((option) => !names.has(option.option)).map(toFlag);
  const deprecated = options.filter((option) => option.deprecated).map((option) => option.option);
  const unmarked = deprecated.filter((name) => !known?.flags.some((flag) => flag.name === name && flag.deprecated));
  if (known && flags.length === 0 && unmarked.length === 0) return undefined;
  const entry: ReferenceCommand = { ...source, flags, deprecated };
  if (!known) {
    const aliases = (file.aliases ?? '')
      .split(',')
      .map((alias) => alias.trim())
      .filter((alias) => alias !== '' && alias !== file.command);
    entry.usage = (file.usage ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .map((line) => usageTail(line, [file.command, ...aliases]));
    entry.aliases = aliases;
  }
  return entry;
}

/** `spec` with the reference's flags, deprecations and commands added; the snapshot's own entries win. */
export function withReference(spec: CliSpec, reference: DockerReference): CliSpec {
  const commands: Record<string, CommandSpec> = { ...spec.commands };
  for (const [path, entry] of Object.entries(reference.commands)) {
    const known = commands[path];
    const base: CommandSpec = known ?? {
      path,
      usage: entry.usage ?? [],
      aliases: entry.aliases ?? [],
      flags: [],
      subcommands: {},
    };
    const flags: FlagSpec[] = [
      ...base.flags,
      ...entry.flags
        .filter((flag) => !base.flags.some((f) => f.name === flag.name))
        .map((flag) => ({
          name: flag.name,
          type: flag.type,
          description: '',
          ...(flag.short ? { short: flag.short } : {}),
        })),
    ].map((flag) => (entry.deprecated.includes(flag.name) ? { ...flag, deprecated: true } : flag));
    commands[path] = { ...base, flags };
    if (!known) linkCommand(commands, path, base.aliases);
  }
  return { ...spec, source: `${spec.source}; ${reference.source}`, commands };
}

/** Makes a command the snapshot lacked reachable from its parent, under its name and its aliases. */
function linkCommand(commands: Record<string, CommandSpec>, path: string, aliases: readonly string[]): void {
  for (const name of [path, ...aliases]) {
    const words = name.split(' ');
    const parentPath = words.slice(0, -1).join(' ');
    const parent = commands[parentPath];
    const last = words.at(-1);
    if (parent && last !== undefined)
      commands[parentPath] = { ...parent, subcommands: { ...parent.subcommands, [last]: path } };
  }
}
