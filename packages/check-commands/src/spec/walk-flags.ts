/** Flag words as pflag and getopt read them: `--name[=value]`, `-nv` (one dash, many letters), clusters `-it`. */
import { finding } from '../diagnostic.ts';
import type { Arg } from '../shell/invocations.ts';
import { closest, didYouMean } from './suggest.ts';
import type { CliSpec, FlagSpec } from './types.ts';
import type { Walker } from './walk-types.ts';
import { takeValue } from './walk-value.ts';

const BOOLEAN = /^(?:true|false|1|0)$/iu;

/** Reads one word that starts with `-` against the flags `available` at the current command. */
export function readFlag(w: Walker, word: Arg, available: readonly FlagSpec[]): void {
  if (word.value.startsWith('--')) return longFlag(w, word, available);
  const single = singleDashFlag(word.value, available);
  if (single) return takeAttached(w, single, `-${single.name}`, word, word.value.indexOf('='));
  return cluster(w, word, available);
}

/** The flag `--no-X` negates (or `--X`, for `--no-X`), when the tool's parser negates every flag (apt). */
export function negated(spec: CliSpec, name: string, available: readonly FlagSpec[]): FlagSpec | undefined {
  if (!spec.negatable) return undefined;
  const base = name.startsWith('no-') ? name.slice(3) : `no-${name}`;
  return available.find((f) => f.name === base && f.type === '');
}

/** The multi-letter one-dash option `text` names (`-nv`, `-O=file`), if the tool has one. */
export function singleDashFlag(text: string, available: readonly FlagSpec[]): FlagSpec | undefined {
  return available.find((f) => f.singleDash && (text.slice(1) === f.name || text.startsWith(`-${f.name}=`)));
}

/** The hint for an unknown letter at `at` in the cluster `text`: the long flag it spells, or a near one. */
export function clusterHint(text: string, at: number, available: readonly FlagSpec[]): string {
  const long = available.find((f) => f.name === text.slice(1));
  if (long) return `; did you mean --${long.name}?`;
  // Past the first letter the word reads as a cluster of known letters, not a long flag (`-nam` for `--name`).
  const guess =
    at > 1
      ? undefined
      : closest(
          text.slice(1),
          available.map((f) => f.name),
        );
  return didYouMean(guess === undefined ? undefined : `--${guess}`);
}

/** `--name`, `--name=value`, `--no-name`: the flag, a boolean given a value, and the value. */
function longFlag(w: Walker, word: Arg, available: readonly FlagSpec[]): void {
  const text = word.value;
  const eq = text.indexOf('=');
  const name = eq === -1 ? text.slice(2) : text.slice(2, eq);
  const flag = available.find((f) => f.name === name && !f.singleDash) ?? negated(w.spec, name, available);
  if (!flag) {
    const guess = closest(
      name,
      available.map((f) => f.name),
    );
    return unknownFlag(w, word, `flag --${name}`, didYouMean(guess === undefined ? undefined : `--${guess}`));
  }
  if (eq !== -1 && flag.type === '' && !BOOLEAN.test(text.slice(eq + 1))) {
    w.findings.push(
      finding(word.start, 'error', 'flag-takes-no-value', `--${name} takes no value, but got "${text.slice(eq + 1)}"`),
    );
  }
  takeAttached(w, flag, `--${name}`, word, eq);
}

/** Records `flag` with the value after the `=` at `eq` in the word, or (`eq` -1) the value it may take next. */
function takeAttached(w: Walker, flag: FlagSpec, written: string, word: Arg, eq: number): void {
  takeValue(w, flag, written, word, eq === -1 ? undefined : word.value.slice(eq + 1), word.start + eq + 1);
}

/** A cluster: `-it`, `-aG`, `-p8080:80` (a flag that takes a value takes the rest of the word). */
function cluster(w: Walker, word: Arg, available: readonly FlagSpec[]): void {
  const text = word.value;
  for (let at = 1; at < text.length; at += 1) {
    const letter = text[at] ?? '';
    const flag = available.find((f) => f.short === letter);
    if (!flag) return unknownFlag(w, word, `shorthand flag '${letter}' in ${text}`, clusterHint(text, at, available));
    if (flag.type !== '' && flag.optionalValue !== 'attached') {
      const rest = text.slice(at + 1).replace(/^=/u, '');
      return takeValue(
        w,
        flag,
        `-${letter}`,
        word,
        rest === '' ? undefined : rest,
        word.start + text.length - rest.length,
      );
    }
    w.flags.push({ flag, written: `-${letter}`, offset: word.start });
  }
}

/** Reports an unknown flag; the argument count is unknown from here on, as the flag may take a value. */
function unknownFlag(w: Walker, word: Arg, what: string, hint: string): void {
  w.opaque = true;
  const where = w.node?.path ?? w.spec.tool;
  w.findings.push(finding(word.start, 'error', 'unknown-flag', `unknown ${what} for \`${where}\`${hint}`));
}
