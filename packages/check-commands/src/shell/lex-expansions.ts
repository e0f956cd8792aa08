/** Expansions, kept in the word as written and marking it dynamic: `$X`, `${…}`, `$((…))`, `$(…)`, backquotes, `<(…)`. */
import { readAnsiC } from './lex-quotes.ts';
import { balanced, closeEscaped } from './lex-scan.ts';
import { begin, substitute, type Reader } from './lex-state.ts';

const VARIABLE_START = /[\w@*#?!$-]/u;

/** `$((…))`: arithmetic, no script inside. */
const readArithmetic: Reader = (s, i) => {
  begin(s, i);
  const to = balanced(s.text, i + 3, '(', ')') + 1;
  s.value += s.text.slice(i, to);
  s.dynamic = true;
  return to;
};

/** `$(…)` and `<(…)`, `>(…)`: a script run in a subshell, recorded to be checked on its own. */
export const readSubstitution: Reader = (s, i) => {
  begin(s, i);
  const to = balanced(s.text, i + 2, '(', ')');
  substitute(s, i + 2, to - 1);
  s.value += s.text.slice(i, to);
  return to;
};

/** `${…}`: a parameter expansion. */
const readParameter: Reader = (s, i) => {
  begin(s, i);
  const to = balanced(s.text, i + 2, '{', '}');
  s.value += s.text.slice(i, to);
  s.dynamic = true;
  return to;
};

/** `$NAME`, `$1`, `$@` and the other special parameters. */
const readVariable: Reader = (s, i) => {
  begin(s, i);
  const name = /^\$(?:[A-Za-z_]\w*|[\d@*#?!$-])/u.exec(s.text.slice(i))?.[0] ?? '$';
  s.value += name;
  s.dynamic = true;
  return i + name.length;
};

/** `` `…` ``: the old form of `$(…)`. */
export const readBackquote: Reader = (s, i) => {
  begin(s, i);
  const to = closeEscaped(s.text, i + 1, '`');
  substitute(s, i + 1, to);
  s.value += s.text.slice(i, to + 1);
  return to + 1;
};

/** The reader for what a `$` at `i` starts, or undefined when it is a plain `$`. */
export function dollarReader(text: string, i: number): Reader | undefined {
  const next = text[i + 1] ?? '';
  if (next === "'") return readAnsiC;
  if (text.startsWith('$((', i)) return readArithmetic;
  if (next === '(') return readSubstitution;
  if (next === '{') return readParameter;
  if (VARIABLE_START.test(next)) return readVariable;
  return undefined;
}
