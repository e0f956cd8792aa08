import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { checkSources } from './check.ts';
import type { Diagnostic } from './diagnostic.ts';

interface Case {
  name: string;
  code: string;
  lang?: string;
  meta?: string;
  expect: string[];
}

const cases = parse(readFileSync(new URL('fixtures/commands.yaml', import.meta.url), 'utf8')) as Case[];

/** The case as a Markdown file: one fence, code starting on line 2. */
function source(c: Case): string {
  const body = c.lang === undefined ? `$ ${c.code}` : c.code.replace(/\n$/u, '');
  return `\`\`\`${c.lang ?? 'console'}${c.meta ? ` ${c.meta}` : ''}\n${body}\n\`\`\`\n`;
}

/**
 * Renders a diagnostic the way `expected` writes it: no position, `@line:column` in the block, or
 * `@word` for a one-line command, meaning the diagnostic points at the first occurrence of `word`.
 */
function render(d: Diagnostic, c: Case, expected: string): string {
  const base = `${d.severity} ${d.rule}`;
  const at = expected.indexOf('@');
  if (at === -1) return base;
  const anchor = expected.slice(at + 1);
  if (c.lang !== undefined || !c.code.includes(anchor)) return `${base}@${d.line - 1}:${d.column}`;
  // The command follows the `$ ` prompt: column 3 is its first character.
  return c.code.indexOf(anchor) === d.column - 3 ? `${base}@${anchor}` : `${base}@column ${d.column - 2}`;
}

/** Pairs each expected entry with an actual diagnostic; what is left over on either side is a mismatch. */
function compare(actual: Diagnostic[], c: Case): { missing: string[]; unexpected: string[] } {
  const left = [...actual];
  const missing: string[] = [];
  for (const want of c.expect) {
    const index = left.findIndex((d) => render(d, c, want) === want);
    if (index === -1) missing.push(want);
    else left.splice(index, 1);
  }
  return { missing, unexpected: left.map((d) => `${d.severity} ${d.rule}@${d.line - 1}:${d.column} ${d.message}`) };
}

describe('checkSources fixtures', () => {
  test('the corpus has at least 80 commands', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
  });

  test.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const actual = await checkSources([{ file: 'case.md', text: source(c) }]);
    expect(compare(actual, c)).toEqual({ missing: [], unexpected: [] });
  });
});
