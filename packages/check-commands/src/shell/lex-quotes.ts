/** Quoting: `\x`, `'…'`, `"…"` (with the substitutions inside it) and `$'…'`. */
import { balanced, closeDouble, closeEscaped } from './lex-scan.ts';
import { begin, substitute, type Reader } from './lex-state.ts';

/** `\x` adds x to the word; a backslash-newline joins two lines. */
export const readEscape: Reader = (s, i) => {
  if (s.text[i + 1] === '\n') return i + 2;
  begin(s, i);
  s.value += s.text[i + 1] ?? '';
  return i + 2;
};

/** `'…'`: the text as written. */
export const readSingle: Reader = (s, i) => {
  begin(s, i);
  const close = s.text.indexOf("'", i + 1);
  const to = close === -1 ? s.text.length : close;
  s.value += s.text.slice(i + 1, to);
  return to + 1;
};

/** `"…"`: the text with `\$`, `` \` ``, `\"`, `\\` unescaped; `$(…)` and backquotes in it are substitutions. */
export const readDouble: Reader = (s, i) => {
  const text = s.text;
  begin(s, i);
  const to = closeDouble(text, i + 1);
  const inner = text.slice(i + 1, to - 1);
  for (const m of inner.matchAll(/\$\(|`/gu)) {
    const at = i + 1 + m.index;
    const end = m[0] === '`' ? text.indexOf('`', at + 1) : balanced(text, at + 2, '(', ')') - 1;
    if (end > at) substitute(s, at + m[0].length, end);
  }
  if (/(?<!\\)\$[\w{@*#?!$-]/u.test(inner)) s.dynamic = true;
  s.value += inner.replace(/\\([$`"\\\n])/gu, '$1');
  return to;
};

/** `$'…'` (ANSI-C quoting): the text as written, escapes kept. */
export const readAnsiC: Reader = (s, i) => {
  begin(s, i);
  const to = closeEscaped(s.text, i + 2, "'");
  s.value += s.text.slice(i + 2, to);
  return to + 1;
};
