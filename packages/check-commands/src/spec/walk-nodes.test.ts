import { describe, expect, test } from 'vitest';
import type { CliSpec, CommandSpec, FlagSpec } from './types.ts';
import { flagsOf, requiresSubcommand } from './walk-nodes.ts';

const flag = (name: string, short?: string): FlagSpec => ({
  name,
  type: '',
  description: '',
  ...(short ? { short } : {}),
});
const command = (
  path: string,
  usage: string[],
  flags: FlagSpec[],
  subcommands: Record<string, string> = {},
): CommandSpec => ({
  path,
  usage,
  aliases: [],
  flags,
  subcommands,
});

const ROOT = command('tool', ['COMMAND'], [flag('verbose', 'v')], { run: 'tool run' });
const RUN = command('tool run', ['IMAGE'], [flag('hostname', 'h')]);
const SPEC: CliSpec = { tool: 'tool', source: 'test', version: '1', commands: { tool: ROOT, 'tool run': RUN } };

describe('flagsOf', () => {
  test('returns the own flags and --help with -h when no flag takes that letter', () => {
    expect(flagsOf(SPEC, ROOT, true).map((f) => [f.name, f.short])).toEqual([
      ['verbose', 'v'],
      ['help', 'h'],
    ]);
  });

  test('returns --help without -h when a flag already has it', () => {
    expect(flagsOf(SPEC, RUN, false).map((f) => [f.name, f.short])).toEqual([
      ['hostname', 'h'],
      ['help', undefined],
    ]);
  });

  test('returns the root flags too when they are inherited', () => {
    expect(flagsOf(SPEC, RUN, true).map((f) => f.name)).toEqual(['hostname', 'verbose', 'help']);
  });
});

describe('requiresSubcommand', () => {
  test.each([
    [['COMMAND'], true],
    [['[OPTIONS] COMMAND'], true],
    [['[OPTIONS] COMMAND', 'IMAGE'], false],
    [['IMAGE'], false],
  ])('returns %j → %s for a command with subcommands', (usage, expected) => {
    expect(requiresSubcommand(command('x', usage, [], { ls: 'x ls' }))).toBe(expected);
  });

  test('returns false for a command without subcommands', () => {
    expect(requiresSubcommand(command('x', ['COMMAND'], []))).toBe(false);
  });
});
