/**
 * Walks an invocation's words through a CliSpec the way cobra/pflag and getopt parse them:
 * subcommands, long and short flags, clusters (`-it`), `--flag=value`, values that are missing
 * or that swallow the next flag, and the number of arguments.
 */
import { finding, type Finding } from '../diagnostic.ts';
import type { Arg } from '../shell/invocations.ts';
import { closest, didYouMean } from './suggest.ts';
import type { CliSpec, CommandSpec, FlagSpec } from './types.ts';
import { arity } from './usage.ts';

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

const NUMBER = /^-\d/u;

function looksLikeFlag(arg: Arg | undefined): boolean {
  return arg !== undefined && !arg.dynamic && arg.placeholder === 'none' && /^--?[A-Za-z]/u.test(arg.value);
}

function flagsOf(spec: CliSpec, node: CommandSpec, inherit: boolean): FlagSpec[] {
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

function requiresSubcommand(node: CommandSpec): boolean {
  return (
    Object.keys(node.subcommands).length > 0 && node.usage.every((u) => /^(?:\[OPTIONS\] )?COMMAND$/u.test(u.trim()))
  );
}

/** Walks `args` (the words after the tool name) through `spec`. */
export function walk(spec: CliSpec, args: readonly Arg[], options: WalkOptions = {}): Walk {
  const findings: Finding[] = [];
  const flags: FlagUse[] = [];
  const positional: Arg[] = [];
  let passed: Arg[] = [];
  let node: CommandSpec | undefined = spec.commands[spec.tool];
  let opaque = false;
  let i = 0;

  const takeValue = (
    flag: FlagSpec,
    written: string,
    word: Arg,
    inline: string | undefined,
    inlineOffset: number,
  ): void => {
    const use: FlagUse = { flag, written, offset: word.start };
    if (inline !== undefined) {
      use.value = { text: inline, offset: inlineOffset, dynamic: word.dynamic, placeholder: word.placeholder };
    } else if (flag.type !== '' && flag.optionalValue !== 'attached') {
      const next = args[i + 1];
      if (flag.optionalValue === 'next') {
        if (next && !next.value.startsWith('-')) {
          use.value = { text: next.value, offset: next.start, dynamic: next.dynamic, placeholder: next.placeholder };
          i += 1;
        }
      } else if (!next) {
        findings.push(
          finding(
            word.start,
            'error',
            'flag-needs-value',
            `${written} needs a value (${flag.type}) but nothing follows it`,
          ),
        );
      } else if (looksLikeFlag(next) && !NUMBER.test(next.value)) {
        findings.push(
          finding(
            word.start,
            'error',
            'flag-needs-value',
            `${written} needs a value (${flag.type}) but the next word is the flag ${next.value}, which it would take as its value`,
          ),
        );
        i += 1;
      } else {
        use.value = { text: next.value, offset: next.start, dynamic: next.dynamic, placeholder: next.placeholder };
        i += 1;
      }
    }
    flags.push(use);
  };

  // apt: `--no-install-recommends` for `--install-recommends` and the reverse.
  const negated = (name: string, available: readonly FlagSpec[]): FlagSpec | undefined => {
    if (!spec.negatable) return undefined;
    const base = name.startsWith('no-') ? name.slice(3) : `no-${name}`;
    return available.find((f) => f.name === base && f.type === '');
  };

  const unknownFlag = (word: Arg, written: string, available: readonly FlagSpec[]): void => {
    const name = written.replace(/^-+/u, '');
    const longs = available.map((f) => f.name);
    const guess = closest(name, longs) ?? (written.startsWith('--') ? undefined : longs.find((l) => l === name));
    const where = node?.path ?? spec.tool;
    // Whether an unknown flag takes a value is unknown, so the argument count is too.
    opaque = true;
    findings.push(
      finding(
        word.start,
        'error',
        'unknown-flag',
        `unknown flag ${written} for \`${where}\`${didYouMean(guess === undefined ? undefined : `--${guess}`)}`,
      ),
    );
  };

  const parseFlag = (word: Arg, available: readonly FlagSpec[]): void => {
    const text = word.value;
    if (text.startsWith('--')) {
      const eq = text.indexOf('=');
      const name = eq === -1 ? text.slice(2) : text.slice(2, eq);
      const flag = available.find((f) => f.name === name && !f.singleDash) ?? negated(name, available);
      if (!flag) return unknownFlag(word, `--${name}`, available);
      if (eq !== -1 && flag.type === '' && !/^(?:true|false|1|0)$/iu.test(text.slice(eq + 1))) {
        findings.push(
          finding(
            word.start,
            'error',
            'flag-takes-no-value',
            `--${name} takes no value, but got "${text.slice(eq + 1)}"`,
          ),
        );
      }
      return takeValue(flag, `--${name}`, word, eq === -1 ? undefined : text.slice(eq + 1), word.start + eq + 1);
    }
    const single = available.find((f) => f.singleDash && (text.slice(1) === f.name || text.startsWith(`-${f.name}=`)));
    if (single)
      return takeValue(
        single,
        `-${single.name}`,
        word,
        text.includes('=') ? text.slice(text.indexOf('=') + 1) : undefined,
        word.start + text.indexOf('=') + 1,
      );
    // A cluster: `-it`, `-aG`, `-p8080:80` (a value flag takes the rest of the word).
    for (let at = 1; at < text.length; at += 1) {
      const letter = text[at] ?? '';
      const flag = available.find((f) => f.short === letter);
      if (!flag) {
        const long = available.find((f) => f.name === text.slice(1));
        const guess =
          at > 1
            ? undefined
            : closest(
                text.slice(1),
                available.map((f) => f.name),
              );
        const hint = long
          ? `; did you mean --${long.name}?`
          : didYouMean(guess === undefined ? undefined : `--${guess}`);
        opaque = true;
        findings.push(
          finding(
            word.start,
            'error',
            'unknown-flag',
            `unknown shorthand flag '${letter}' in ${text} for \`${node?.path ?? spec.tool}\`${hint}`,
          ),
        );
        return;
      }
      if (flag.type !== '' && flag.optionalValue !== 'attached') {
        const rest = text.slice(at + 1).replace(/^=/u, '');
        return takeValue(
          flag,
          `-${letter}`,
          word,
          rest === '' ? undefined : rest,
          word.start + text.length - rest.length,
        );
      }
      flags.push({ flag, written: `-${letter}`, offset: word.start });
    }
  };

  for (; i < args.length && node; i += 1) {
    const word = args[i];
    if (!word) break;
    if (word.dynamic || word.placeholder !== 'none') {
      if (/^\[(?:OPTIONS|options)\]$/u.test(word.value)) continue;
      if (requiresSubcommand(node)) {
        node = undefined;
        break;
      }
      opaque ||= word.dynamic || word.value.startsWith('[');
      positional.push(word);
      if (node.stopsAtFirstArg) {
        passed = args.slice(i + 1);
        break;
      }
      continue;
    }
    if (word.value === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (word.value.startsWith('-') && word.value.length > 1 && !options.isOperand?.(word.value)) {
      parseFlag(word, flagsOf(spec, node, options.inheritRootFlags ?? false));
      continue;
    }
    const sub = node.subcommands[word.value];
    if (sub !== undefined && positional.length === 0) {
      node = spec.commands[sub];
      continue;
    }
    if (requiresSubcommand(node)) {
      const names = Object.keys(node.subcommands);
      const isRoot = node.path === spec.tool;
      const decided = isRoot ? options.unknownRootCommand?.(word, names) : undefined;
      if (decided === 'stop') return { command: undefined, flags, args: positional, passed, findings };
      findings.push(
        decided ??
          finding(
            word.start,
            'error',
            'unknown-command',
            `unknown command \`${node.path} ${word.value}\`${didYouMean(closest(word.value, names))}`,
          ),
      );
      return { command: undefined, flags, args: positional, passed, findings };
    }
    positional.push(word);
    if (node.stopsAtFirstArg) {
      passed = args.slice(i + 1);
      break;
    }
  }

  const asksHelp = flags.some(
    (f) => f.flag.name === 'help' || (f.flag.name === 'version' && node === spec.commands[spec.tool]),
  );
  if (node && requiresSubcommand(node)) {
    if (!asksHelp)
      findings.push(
        finding(
          options.end ?? args.at(-1)?.end ?? 0,
          'error',
          'missing-command',
          `\`${node.path}\` needs a subcommand: ${Object.keys(node.subcommands).slice(0, 8).join(', ')}…`,
        ),
      );
  } else if (node && options.checkArity && !opaque && !asksHelp) {
    const counts = arity(node.usage);
    const given = positional.length + (passed.length > 0 ? 1 : 0);
    if (counts && given < counts.min) {
      const missing = counts.names
        .filter((n) => !n.startsWith('['))
        .slice(given)
        .join(' ');
      findings.push(
        finding(
          options.end ?? args.at(-1)?.end ?? 0,
          'error',
          'missing-argument',
          `\`${node.path}\` needs ${missing} (usage: ${node.path} ${node.usage[0] ?? ''})`,
        ),
      );
    } else if (counts && positional.length > counts.max) {
      const extra = positional[counts.max];
      findings.push(
        finding(
          extra?.start ?? 0,
          'error',
          'extra-argument',
          `\`${node.path}\` takes at most ${counts.max} argument${counts.max === 1 ? '' : 's'}, but got "${extra?.value ?? ''}" too (usage: ${node.path} ${node.usage[0] ?? ''})`,
        ),
      );
    }
  }
  return { command: node, flags, args: positional, passed, findings };
}
