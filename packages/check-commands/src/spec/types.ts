/** The shape of a command-line definition, whichever source it came from (help snapshot, reference docs, fig spec). */

export interface FlagSpec {
  /** Long name without dashes (`name` for `--name`); a short-only flag uses its letter. */
  name: string;
  /** One-letter shorthand without the dash, if any. */
  short?: string;
  /** The value type as the source writes it (`string`, `list`, `int`); empty for a flag that takes no value. */
  type: string;
  description: string;
  /** True when the source marks the flag deprecated. */
  deprecated?: boolean;
  /**
   * How an optional value is given: `attached` only as `--flag=value` (GNU getopt), `next` as the next word
   * unless it looks like a flag (Python argparse `nargs='?'`). Absent when the value is required.
   */
  optionalValue?: 'attached' | 'next';
  /** True for a multi-letter option written with one dash (wget `-nv`). */
  singleDash?: boolean;
}

export interface CommandSpec {
  /** Full path from the tool name, e.g. `docker container run`. */
  path: string;
  /** Usage lines after the command path, e.g. `[OPTIONS] IMAGE [COMMAND] [ARG...]`. */
  usage: string[];
  /** Other full paths that run this command, e.g. `docker run`. */
  aliases: string[];
  flags: FlagSpec[];
  /** Subcommands by name (aliases included), each a key of `CliSpec.commands`. */
  subcommands: Record<string, string>;
  /** True when flags may not follow the first positional argument (everything after it is passed on). */
  stopsAtFirstArg?: boolean;
  deprecated?: boolean;
}

export interface CliSpec {
  tool: string;
  /** Where the definitions come from and which version, for the README and the data file. */
  source: string;
  version: string;
  /** True when `--no-X` negates any flag X and `--X` any flag `--no-X` (apt's command-line parser). */
  negatable?: boolean;
  /** Every command by full path; the root is the tool name itself. */
  commands: Record<string, CommandSpec>;
}
