/** The shapes a walk of an invocation through a CliSpec reads and returns. */
import type { Finding } from '../diagnostic.ts';
import type { Arg } from '../shell/invocations.ts';
import type { CliSpec, CommandSpec, FlagSpec } from './types.ts';

export interface FlagValue {
  text: string;
  offset: number;
  dynamic: boolean;
  placeholder: Arg['placeholder'];
}

export interface FlagUse {
  flag: FlagSpec;
  /** The flag as written (`-p`, `--publish`). */
  written: string;
  offset: number;
  value?: FlagValue;
}

export interface Walk {
  /** The command reached; undefined when the walk stopped at an unknown or dynamic word. */
  command: CommandSpec | undefined;
  flags: FlagUse[];
  args: Arg[];
  /** Words after the first argument of a command that passes them on (`run IMAGE cmd…`). */
  passed: Arg[];
  findings: Finding[];
}

export interface WalkOptions {
  /** Root flags are accepted after the subcommand too (pflag persistent flags, dnf's general options). */
  inheritRootFlags?: boolean;
  /** What to report for an unknown word where the root expects a subcommand; the default is an error. */
  unknownRootCommand?: (word: Arg, names: string[]) => Finding | 'stop' | undefined;
  /** Words that start with `-` but are arguments (`chmod -x file`). */
  isOperand?: (value: string) => boolean;
  /** Check argument counts against the usage lines. */
  checkArity?: boolean;
  /** Offset just after the invocation, where a missing argument is reported. */
  end?: number;
}

/** A walk in progress: the words, the word being read, and what has been found so far. */
export interface Walker {
  readonly spec: CliSpec;
  readonly args: readonly Arg[];
  readonly options: WalkOptions;
  /** The command reached so far; undefined once the walk cannot tell which command runs. */
  node: CommandSpec | undefined;
  /** Index of the word being read; a flag that takes the next word as its value moves it on. */
  i: number;
  /** True once the argument count cannot be known (a dynamic word, an unknown flag). */
  opaque: boolean;
  readonly flags: FlagUse[];
  readonly positional: Arg[];
  passed: Arg[];
  readonly findings: Finding[];
}
