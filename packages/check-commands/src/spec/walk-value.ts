/** A flag's value: attached to it (`--name=web`, `-p8080:80`), the next word, or missing. */
import { finding } from '../diagnostic.ts';
import type { Arg } from '../shell/invocations.ts';
import type { FlagSpec } from './types.ts';
import type { FlagUse, FlagValue, Walker } from './walk-types.ts';

const NUMBER = /^-\d/u;

/** True when `arg` is written as a flag (`-x`, `--name`), not a placeholder, an expansion or a number. */
function looksLikeFlag(arg: Arg | undefined): boolean {
  return arg !== undefined && !arg.dynamic && arg.placeholder === 'none' && /^--?[A-Za-z]/u.test(arg.value);
}

/** The value a whole word gives a flag. */
function wordValue(word: Arg): FlagValue {
  return { text: word.value, offset: word.start, dynamic: word.dynamic, placeholder: word.placeholder };
}

/** Records `flag` as used, with its value: `inline` (attached, at `inlineOffset`) or the next word if it takes one. */
export function takeValue(
  w: Walker,
  flag: FlagSpec,
  written: string,
  word: Arg,
  inline: string | undefined,
  inlineOffset: number,
): void {
  const use: FlagUse = { flag, written, offset: word.start };
  if (inline !== undefined) {
    use.value = { ...wordValue(word), text: inline, offset: inlineOffset };
  } else if (flag.type !== '' && flag.optionalValue !== 'attached') {
    const value = nextValue(w, flag, written, word);
    if (value) use.value = value;
  }
  w.flags.push(use);
}

/** Takes the word after `word` as the value of `flag`, or reports that it is missing (or is another flag). */
function nextValue(w: Walker, flag: FlagSpec, written: string, word: Arg): FlagValue | undefined {
  const next = w.args[w.i + 1];
  // argparse `nargs='?'`: the next word is the value unless it looks like an option.
  if (flag.optionalValue === 'next') {
    if (!next || next.value.startsWith('-')) return undefined;
    w.i += 1;
    return wordValue(next);
  }
  if (!next) {
    w.findings.push(
      finding(
        word.start,
        'error',
        'flag-needs-value',
        `${written} needs a value (${flag.type}) but nothing follows it`,
      ),
    );
    return undefined;
  }
  w.i += 1;
  // pflag would take the flag as the value and go on; the author almost surely forgot the value.
  if (looksLikeFlag(next) && !NUMBER.test(next.value)) {
    w.findings.push(
      finding(
        word.start,
        'error',
        'flag-needs-value',
        `${written} needs a value (${flag.type}) but the next word is the flag ${next.value}, which it would take as its value`,
      ),
    );
    return undefined;
  }
  return wordValue(next);
}
