/** Checks one shell script: its invocations, and recursively the scripts inside `$(…)`. */
import { findPlaceholders } from '../../../code-blocks/index.ts';
import type { Finding } from '../diagnostic.ts';
import { checkInvocation } from '../tools/index.ts';
import { invocationOf } from './invocations.ts';
import { lex } from './lexer.ts';
import { maskPlaceholders } from './mask.ts';

/** Findings for `text`, with offsets in `text` (shifted by `base` for a substitution). */
export function checkScript(text: string, base = 0): Finding[] {
  const ranges = findPlaceholders(text);
  const { commands, substitutions } = lex(maskPlaceholders(text, ranges));
  const out: Finding[] = [];
  for (const command of commands) {
    const invocation = invocationOf(command, text, ranges);
    if (invocation) out.push(...checkInvocation(invocation).map((f) => ({ ...f, offset: f.offset + base })));
  }
  for (const sub of substitutions) out.push(...checkScript(sub.text, base + sub.offset));
  return out;
}
