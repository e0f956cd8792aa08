/** Argument counts from usage lines such as `[OPTIONS] IMAGE [COMMAND] [ARG...]` or `SRC_PATH|- CONTAINER:DEST_PATH`. */

export interface Arity {
  min: number;
  max: number;
  /** The argument names in order; the last repeats when `max` is Infinity. */
  names: string[];
}

/** Splits a usage tail into tokens at spaces outside brackets; `a | b` stays one token. */
export function usageTokens(usage: string): string[] {
  const tokens: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of usage.replace(/\s*\|\s*/gu, '|').trim()) {
    if (c === '[' || c === '{') depth += 1;
    if (c === ']' || c === '}') depth -= 1;
    if (c === ' ' && depth === 0) {
      if (current) tokens.push(current);
      current = '';
    } else current += c;
  }
  if (current) tokens.push(current);
  // Flags and flag groups (`[OPTIONS]`, `[-q]`, `[--color COLOR]`) are not arguments.
  return tokens.filter((token) => !/^\[?(?:OPTIONS?|options?|-)/u.test(token));
}

/** The number of arguments one usage line allows. */
function arityOf(usage: string): Arity {
  const tokens = usageTokens(usage);
  const required = tokens.filter((token) => !token.startsWith('['));
  const variadic = tokens.some((token) => token.includes('...'));
  return { min: required.length, max: variadic ? Infinity : tokens.length, names: tokens };
}

/** The widest arity over all usage lines of a command (`docker cp` has two). */
export function arity(usage: readonly string[]): Arity | undefined {
  if (usage.length === 0) return undefined;
  const each = usage.map(arityOf);
  const widest = each.reduce((a, b) => (b.names.length > a.names.length ? b : a));
  return { min: Math.min(...each.map((a) => a.min)), max: Math.max(...each.map((a) => a.max)), names: widest.names };
}

/** The usage name of the argument at `index` (`IMAGE`, `CONTAINER`), repeating the last for a variadic tail. */
export function argName(a: Arity, index: number): string | undefined {
  return a.names[Math.min(index, a.names.length - 1)];
}
