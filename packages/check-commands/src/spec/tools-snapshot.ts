/**
 * Builds CliSpecs for the other programs the course uses, from their own help output on a
 * Debian 12 machine whose versions match Rocky Linux 9 where it matters (systemd 252, dnf 4.14).
 * `run` executes a program and returns its stdout; it is injected so tests can feed recorded text.
 */
import { parseCommandSections, parseGnuOptions } from './gnu-help.ts';
import type { CliSpec, CommandSpec, FlagSpec } from './types.ts';

export type Runner = (program: string, args: readonly string[]) => string;

function leaf(path: string, usage: string[], flags: FlagSpec[] = []): CommandSpec {
  return { path, usage, aliases: [], flags, subcommands: {} };
}

/** The `Usage:` line of a GNU program after its name (`usermod [options] LOGIN` → `[options] LOGIN`), every form. */
export function gnuUsage(help: string, program: string): string[] {
  const lines = help.split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const match = new RegExp(`^\\s*(?:[Uu]sage:|or:)?\\s*${program}\\s+(.*)$`, 'u').exec(line);
    if (match?.[1] !== undefined && /^(?:\s*[Uu]sage:|\s*or:)/u.test(line)) out.push(match[1].trim());
  }
  return out;
}

/** A program without subcommands (usermod, chmod, curl, wget). */
export function simpleTool(run: Runner, program: string, helpArgs: string[], version: string): CliSpec {
  const help = run(program, helpArgs);
  return {
    tool: program,
    source: `\`${program} ${helpArgs.join(' ')}\` (${version})`,
    version,
    commands: { [program]: leaf(program, gnuUsage(help, program), parseGnuOptions(help)) },
  };
}

/** systemctl: options apply to every verb; verbs and their arguments come from the `…Commands:` sections. */
export function systemctlSpec(run: Runner, version: string): CliSpec {
  const help = run('systemctl', ['--help']);
  const root: CommandSpec = {
    path: 'systemctl',
    usage: ['COMMAND'],
    aliases: [],
    flags: parseGnuOptions(help),
    subcommands: {},
  };
  const commands: Record<string, CommandSpec> = { systemctl: root };
  for (const { name, args } of parseCommandSections(help, /Commands:$/u)) {
    commands[`systemctl ${name}`] = leaf(`systemctl ${name}`, [args]);
    root.subcommands[name] = `systemctl ${name}`;
  }
  return { tool: 'systemctl', source: `\`systemctl --help\` (${version})`, version, commands };
}

/** Positional arguments of an argparse usage block: option groups (`[-q]`, `[--color COLOR]`) removed. */
export function argparsePositionals(usage: string, prefix: string): string {
  let text = usage
    .replace(/^usage:\s*/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
  if (text.startsWith(prefix)) text = text.slice(prefix.length);
  let out = '';
  let depth = 0;
  let dropping = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] ?? '';
    if (c === '[') {
      depth += 1;
      if (dropping === 0 && text[i + 1] === '-') dropping = depth;
    }
    if (dropping === 0) out += c;
    if (c === ']') {
      if (dropping === depth) dropping = 0;
      depth -= 1;
    }
  }
  return out.replace(/\s+/gu, ' ').trim();
}

/** dnf: commands and aliases from dnf's own command registry, flags and arguments from `dnf <command> --help`. */
export function dnfSpec(run: Runner, aliases: Record<string, string[]>, version: string): CliSpec {
  const help = run('dnf', ['--help']);
  const root: CommandSpec = {
    path: 'dnf',
    usage: ['COMMAND'],
    aliases: [],
    flags: parseGnuOptions(help),
    subcommands: {},
  };
  const commands: Record<string, CommandSpec> = { dnf: root };
  for (const [name, names] of Object.entries(aliases)) {
    const text = run('dnf', [name, '--help']);
    const usage = /usage:[\s\S]*?(?=\n\n)/u.exec(text)?.[0] ?? '';
    const path = `dnf ${name}`;
    commands[path] = {
      ...leaf(path, [argparsePositionals(usage, `dnf ${name}`)], parseGnuOptions(text)),
      aliases: names.filter((n) => n !== name).map((n) => `dnf ${n}`),
    };
    for (const alias of names) root.subcommands[alias] = path;
  }
  return { tool: 'dnf', source: `dnf ${version}: command registry and \`dnf <command> --help\``, version, commands };
}

// apt-get(8) documents these options as taking an argument (`-o Foo::Bar=bar`, `-t release`, …); its option headings do not show it.
const APT_VALUE_OPTIONS = new Set([
  'host-architecture',
  'build-profiles',
  'target-release',
  'default-release',
  'config-file',
  'option',
  'with-source',
]);

/** apt and apt-get: commands from `--help`, options from the apt-get(8) manual page (apt(8) accepts the same). */
export function aptSpec(
  run: Runner,
  program: 'apt' | 'apt-get',
  manual: string,
  version: string,
  extraHelp: string[] = [],
): CliSpec {
  const help = [run(program, ['--help']), ...extraHelp].join('\n\n');
  const flags = parseGnuOptions(manual).map((flag) =>
    APT_VALUE_OPTIONS.has(flag.name) ? { ...flag, type: 'value' } : flag,
  );
  const root: CommandSpec = { path: program, usage: ['COMMAND'], aliases: [], flags, subcommands: {} };
  const commands: Record<string, CommandSpec> = { [program]: root };
  for (const { name } of parseCommandSections(help, /commands:$/iu)) {
    commands[`${program} ${name}`] = leaf(`${program} ${name}`, ['[ARG...]']);
    root.subcommands[name] = `${program} ${name}`;
  }
  return {
    tool: program,
    source: `\`${program} --help\` and apt-get(8) (${version})`,
    version,
    negatable: true,
    commands,
  };
}
