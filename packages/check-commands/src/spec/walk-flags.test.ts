import { describe, expect, test } from 'vitest';
import type { CliSpec, FlagSpec } from './types.ts';
import { clusterHint, negated, singleDashFlag } from './walk-flags.ts';

const FLAGS: FlagSpec[] = [
  { name: 'install-recommends', type: '', description: '' },
  { name: 'target-release', type: 'string', description: '' },
  { name: 'nv', type: '', description: '', singleDash: true },
  { name: 'O', type: 'file', description: '', singleDash: true },
  { name: 'name', type: 'string', description: '' },
];
const spec = (negatable: boolean): CliSpec => ({ tool: 't', source: '', version: '', negatable, commands: {} });

describe('negated', () => {
  test.each([
    ['no-install-recommends', 'install-recommends'],
    ['no-target-release', undefined],
    ['no-such', undefined],
  ])('returns the flag %s negates: %s', (name, expected) => {
    expect(negated(spec(true), name, FLAGS)?.name).toBe(expected);
  });

  test('returns nothing when the tool does not negate flags', () => {
    expect(negated(spec(false), 'no-install-recommends', FLAGS)).toBeUndefined();
  });
});

describe('singleDashFlag', () => {
  test.each([
    ['-nv', 'nv'],
    ['-O=out.html', 'O'],
    ['-nvx', undefined],
    ['-name', undefined],
  ])('returns the one-dash option %s names: %s', (text, expected) => {
    expect(singleDashFlag(text, FLAGS)?.name).toBe(expected);
  });
});

describe('clusterHint', () => {
  test('returns the long flag a one-dash word spells', () => {
    expect(clusterHint('-name', 1, FLAGS)).toBe('; did you mean --name?');
  });

  test('returns a near long flag for a mistyped first letter', () => {
    expect(clusterHint('-nam', 1, FLAGS)).toBe('; did you mean --name?');
  });

  test('returns nothing for an unknown letter after the first', () => {
    expect(clusterHint('-nam', 2, FLAGS)).toBe('');
  });
});
