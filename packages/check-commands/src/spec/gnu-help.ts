/**
 * Parses the help text of GNU-style programs (getopt, argparse, systemd): option lines such as
 * `-c, --comment COMMENT`, `-O,  --output-document=FILE`, `--data <data>`, `-H --host=[USER@]HOST`,
 * `-c [config file], --config [config file]`, and command lines such as `start UNIT...   Start…`.
 */
import type { FlagSpec } from './types.ts';

const OPTION_LINE = /^ {1,8}(-\S.*)$/u;
const NAME =
  /(--?[A-Za-z0-9?][\w-]*)(\[=[^\]]*\]|=\S*|\s\[[^\]]*\]|\s<[^>]+>|\s\{[^}]*\}|\s[A-Z][A-Z0-9_@:.[\]|-]+(?=,|\s|$))?/uy;

interface Name {
  dashes: 1 | 2;
  name: string;
  metavar?: string;
}

/** The option names at the start of an option line, each with its metavar (`FILE`, `[=WHEN]`, ` [repo]`). */
export function optionNames(text: string): Name[] {
  const names: Name[] = [];
  let at = 0;
  for (;;) {
    const gap = /^[,\s]*/u.exec(text.slice(at))?.[0].length ?? 0;
    NAME.lastIndex = at + gap;
    const match = NAME.exec(text);
    if (!match?.[1] || text[at + gap] !== '-') break;
    const written = match[1];
    const name: Name = { dashes: written.startsWith('--') ? 2 : 1, name: written.replace(/^-+/u, '') };
    if (match[2] !== undefined) name.metavar = match[2];
    names.push(name);
    at = NAME.lastIndex;
    // A description may follow after one space (`--with-dependencies Show…`): stop at anything but a comma-separated name.
    if (!/^,?\s*-/u.test(text.slice(at)) && !/^,\s+-/u.test(text.slice(at))) break;
  }
  return names;
}

function valueOf(metavar: string | undefined): Pick<FlagSpec, 'type' | 'optionalValue'> {
  if (metavar === undefined) return { type: '' };
  const bare = metavar
    .trim()
    .replace(/^\[?=?|\]$/gu, '')
    .replace(/^<|>$/gu, '')
    .replace(/^\[|\]$/gu, '');
  if (metavar.startsWith('[=')) return { type: bare || 'value', optionalValue: 'attached' };
  if (/^\s\[/u.test(metavar)) return { type: bare || 'value', optionalValue: 'next' };
  return { type: bare || 'value' };
}

/** Flags from every option line of `text` (lines indented 1-8 spaces that start with `-`). */
export function parseGnuOptions(text: string): FlagSpec[] {
  const flags: FlagSpec[] = [];
  const seen = new Set<string>();
  for (const line of text.replace(/\r\n?/gu, '\n').split('\n')) {
    const body = OPTION_LINE.exec(line)?.[1];
    if (body === undefined) continue;
    const names = optionNames(body);
    if (names.length === 0) continue;
    const description = body.replace(/^.*?(?: {2,}|$)/u, '').trim();
    const value = valueOf(names.find((n) => n.metavar !== undefined)?.metavar);
    const short = names.find((n) => n.dashes === 1 && n.name.length === 1)?.name;
    const longs = names.filter((n) => n.dashes === 2).map((n) => n.name);
    const singles = names.filter((n) => n.dashes === 1 && n.name.length > 1).map((n) => n.name);
    const entries: FlagSpec[] = longs.map((name, index) => ({
      name,
      ...value,
      description,
      ...(index === 0 && short !== undefined ? { short } : {}),
    }));
    if (longs.length === 0 && short !== undefined) entries.push({ name: short, short, ...value, description });
    for (const name of singles) entries.push({ name, singleDash: true, ...value, description });
    for (const entry of entries) {
      const key = `${entry.singleDash ? '-' : '--'}${entry.name}/${entry.short ?? ''}`;
      if (!seen.has(key)) flags.push(entry);
      seen.add(key);
    }
  }
  return flags;
}

export interface CommandLine {
  name: string;
  /** The arguments written after the name (`UNIT...`, `[PATTERN...]`). */
  args: string;
}

/** Commands listed in sections whose title matches `title` (`Unit Commands:`, `List of Main Commands:`). */
export function parseCommandSections(text: string, title: RegExp): CommandLine[] {
  const out: CommandLine[] = [];
  let inside = false;
  let listed = 0;
  for (const line of text.replace(/\r\n?/gu, '\n').split('\n')) {
    if (/^\S.*:\s*$/u.test(line)) {
      inside = title.test(line.trim());
      listed = 0;
      continue;
    }
    // dnf puts a blank line under its titles; after the first command, a blank line ends the list.
    if (line.trim() === '') {
      if (listed > 0) inside = false;
      continue;
    }
    if (!inside || /^ {5,}/u.test(line)) continue;
    // `  start UNIT...     Start…`, `install     install a package`, `  update - Retrieve new lists`
    const match = /^ {0,4}([a-z][\w-]*)((?: (?! )[^\s].*?)*?)(?: {2,}| - |$)/u.exec(line);
    if (match?.[1] !== undefined) {
      out.push({ name: match[1], args: (match[2] ?? '').trim() });
      listed += 1;
    }
  }
  return out;
}
