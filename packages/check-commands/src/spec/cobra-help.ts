/**
 * Parses the `--help` text that a cobra/pflag program (the docker client) prints:
 * usage lines, aliases, subcommand names and flags with their value types.
 */
import type { FlagSpec } from './types.ts';

export interface CobraHelp {
  /** Usage lines as printed, each starting with the command path. */
  usage: string[];
  /** Full command paths listed under `Aliases:`. */
  aliases: string[];
  /** Subcommand names from every `…Commands:` section. */
  commands: string[];
  /** Flags from `Options:` (and `Global Options:` when `global` is set). */
  flags: FlagSpec[];
  globalFlags: FlagSpec[];
}

// `  -a, --attach list   Attach…`, `      --rm     Remove…`; continuation lines are indented further.
const FLAG_LINE = /^ {2}(?:-(\w), | {4})--([a-z0-9][\w.-]*)(?: ([\w-]+))?(?: {2,}(.*)|$)/u;
const COMMAND_LINE = /^ {2}([a-z][\w-]*)\*?(?: {2,}(.*)|$)/u;

/** Splits help text into its titled sections (`Usage:`, `Options:`, …). */
function sections(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of text.replace(/\r\n?/gu, '\n').split('\n')) {
    const title = /^([A-Z][\w ]*):(?:\s+(.*))?$/u.exec(line);
    if (title?.[1] !== undefined) {
      current = [];
      out.set(title[1], current);
      if (title[2]) current.push(title[2]);
      continue;
    }
    // A blank line ends a section: the usage lines are followed by the description paragraph.
    if (line.trim() === '') {
      current = undefined;
      continue;
    }
    current?.push(line);
  }
  return out;
}

function parseFlags(lines: readonly string[]): FlagSpec[] {
  const flags: FlagSpec[] = [];
  for (const line of lines) {
    const found = FLAG_LINE.exec(line);
    if (found?.[2] !== undefined) {
      const flag: FlagSpec = { name: found[2], type: found[3] ?? '', description: (found[4] ?? '').trim() };
      if (found[1] !== undefined) flag.short = found[1];
      if (/\bDEPRECATED\b/iu.test(flag.description)) flag.deprecated = true;
      flags.push(flag);
      continue;
    }
    const last = flags.at(-1);
    if (last && /^ {6,}\S/u.test(line)) {
      last.description = `${last.description} ${line.trim()}`.trim();
      if (/\bDEPRECATED\b/iu.test(last.description)) last.deprecated = true;
    }
  }
  return flags;
}

/** Parses one command's `--help` output. */
export function parseCobraHelp(text: string): CobraHelp {
  const parts = sections(text);
  const usage = (parts.get('Usage') ?? []).map((line) => line.trim()).filter((line) => line !== '');
  const aliases = (parts.get('Aliases') ?? [])
    .join(' ')
    .split(',')
    .map((alias) => alias.trim())
    .filter((alias) => alias !== '');
  const commands: string[] = [];
  for (const [title, lines] of parts) {
    if (!/Commands$/u.test(title)) continue;
    for (const line of lines) {
      const name = COMMAND_LINE.exec(line)?.[1];
      if (name !== undefined) commands.push(name);
    }
  }
  return {
    usage,
    aliases,
    commands,
    flags: parseFlags(parts.get('Options') ?? parts.get('Flags') ?? []),
    globalFlags: parseFlags(parts.get('Global Options') ?? []),
  };
}
