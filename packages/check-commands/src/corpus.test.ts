import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { checkSources } from './check.ts';
import { codeBlocks } from '../../code-blocks/index.ts';
import { lex } from './shell/lexer.ts';
import { blockScripts } from './shell/scripts.ts';

const DIR = new URL('corpus/', import.meta.url);
const files = readdirSync(DIR).filter((name) => name.endsWith('.md'));
const expected = parse(readFileSync(new URL('expected.yaml', DIR), 'utf8')) as Record<
  string,
  { at: string; rule: string }[]
>;

/** Commands in a corpus file: every simple command of every shell block, plus each Dockerfile and compose block. */
function countCommands(text: string): number {
  return codeBlocks(text, 'md').reduce((sum, block) => {
    const scripts = blockScripts(block);
    if (scripts.length === 0) return sum + (block.kind === 'dockerfile' || block.kind === 'compose' ? 1 : 0);
    return sum + scripts.reduce((n, script) => n + lex(script.text).commands.length, 0);
  }, 0);
}

describe.each(files)('real-world corpus %s', (name) => {
  const text = readFileSync(new URL(name, DIR), 'utf8');

  test('holds at least 50 commands', () => {
    expect(countCommands(text)).toBeGreaterThanOrEqual(50);
  });

  test('raises no false alarm: every error or warning is a listed real problem of the documentation', async () => {
    const diagnostics = await checkSources([{ file: name, text }]);
    const alarms = diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.line}:${d.column} ${d.rule}`);
    expect(alarms).toEqual((expected[name] ?? []).map((e) => `${e.at} ${e.rule}`));
  }, 30_000);
});
