/**
 * Walks an invocation's words through a CliSpec the way cobra/pflag and getopt parse them:
 * subcommands, long and short flags, clusters (`-it`), `--flag=value`, values that are missing
 * or that swallow the next flag, and the number of arguments.
 */
import { finding } from '../diagnostic.ts';
import type { Arg } from '../shell/invocations.ts';
import { closest, didYouMean } from './suggest.ts';
import type { CliSpec, CommandSpec } from './types.ts';
import { endFindings } from './walk-counts.ts';
import { readFlag } from './walk-flags.ts';
import { flagsOf, requiresSubcommand } from './walk-nodes.ts';
import type { Walk, WalkOptions, Walker } from './walk-types.ts';

export type { Walk, WalkOptions } from './walk-types.ts';

/** What a step leaves the walk to do: read the next word, or stop here. */
type Next = 'next' | 'done';

/** Walks `args` (the words after the tool name) through `spec`. */
export function walk(spec: CliSpec, args: readonly Arg[], options: WalkOptions = {}): Walk {
  const w: Walker = {
    spec,
    args,
    options,
    node: spec.commands[spec.tool],
    i: 0,
    opaque: false,
    flags: [],
    positional: [],
    passed: [],
    findings: [],
  };
  for (; w.i < args.length && w.node; w.i += 1) {
    const word = args[w.i];
    if (!word || step(w, w.node, word) === 'done') break;
  }
  w.findings.push(...endFindings(w));
  return { command: w.node, flags: w.flags, args: w.positional, passed: w.passed, findings: w.findings };
}

/** Reads one word at `node`: a placeholder, `--`, a flag, a subcommand or an argument. */
function step(w: Walker, node: CommandSpec, word: Arg): Next {
  if (word.dynamic || word.placeholder !== 'none') return unknownWord(w, node, word);
  if (word.value === '--') {
    w.positional.push(...w.args.slice(w.i + 1));
    return 'done';
  }
  if (word.value.startsWith('-') && word.value.length > 1 && !w.options.isOperand?.(word.value)) {
    readFlag(w, word, flagsOf(w.spec, node, w.options.inheritRootFlags ?? false));
    return 'next';
  }
  const sub = node.subcommands[word.value];
  if (sub !== undefined && w.positional.length === 0) {
    w.node = w.spec.commands[sub];
    return 'next';
  }
  if (requiresSubcommand(node)) return unknownCommand(w, node, word);
  return argument(w, node, word);
}

/** A word known only at run time (`$NAME`, `<name>`): an argument, or the end of the walk where a subcommand is due. */
function unknownWord(w: Walker, node: CommandSpec, word: Arg): Next {
  // Usage lines copied into a lesson (`docker run [OPTIONS] IMAGE`) show where flags go.
  if (/^\[(?:OPTIONS|options)\]$/u.test(word.value)) return 'next';
  if (requiresSubcommand(node)) {
    w.node = undefined;
    return 'done';
  }
  w.opaque ||= word.dynamic || word.value.startsWith('[');
  return argument(w, node, word);
}

/** Takes `word` as an argument; a command that stops at its first argument passes the rest on. */
function argument(w: Walker, node: CommandSpec, word: Arg): Next {
  w.positional.push(word);
  // pflag's SetInterspersed(false) (`docker run IMAGE cmd…`): flags after the first argument are the command's.
  if (!node.stopsAtFirstArg) return 'next';
  w.passed = w.args.slice(w.i + 1);
  return 'done';
}

/** Reports a word that is no subcommand of `node`, unless the caller decides otherwise for the root. */
function unknownCommand(w: Walker, node: CommandSpec, word: Arg): Next {
  const names = Object.keys(node.subcommands);
  const decided = node.path === w.spec.tool ? w.options.unknownRootCommand?.(word, names) : undefined;
  w.node = undefined;
  if (decided === 'stop') return 'done';
  const where = `${node.path} ${word.value}`;
  w.findings.push(
    decided ??
      finding(
        word.start,
        'error',
        'unknown-command',
        `unknown command \`${where}\`${didYouMean(closest(word.value, names))}`,
      ),
  );
  return 'done';
}
