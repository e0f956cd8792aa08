import { describe, expect, test } from 'vitest';
import { parseArgs } from './args.ts';

describe('parseArgs', () => {
  test.each([
    [[], { json: false, sizes: [0, 100, 1000], keep: false, bare: true, repeat: 1, pdf: true }],
    [
      ['--json', '--lessons', '1000', '--repeat', '3'],
      { json: true, sizes: [1000], keep: false, bare: true, repeat: 3, pdf: true },
    ],
    [
      ['--lessons', 'real', '--no-bare', '--keep', '--no-pdf'],
      { json: false, sizes: [0], keep: true, bare: false, repeat: 1, pdf: false },
    ],
  ])('returns the options of %j', (argv, expected) => {
    expect(parseArgs(argv)).toEqual(expected);
  });

  test('throws a usage message for a bad lesson count', () => {
    expect(() => parseArgs(['--lessons', 'many'])).toThrowErrorMatchingInlineSnapshot(
      `[Error: bench: --lessons takes a whole number of lessons or "real", got "many"; e.g. --lessons 1000]`,
    );
  });

  test.each([['0'], ['two'], ['']])('throws a usage message for --repeat %j', (value) => {
    expect(() => parseArgs(['--repeat', value])).toThrow(/--repeat takes a whole number of builds, 1 or more/u);
  });

  test('throws a usage message for an unknown option', () => {
    expect(() => parseArgs(['--fast'])).toThrow(/unknown option "--fast"; usage: npm run bench/u);
  });
});
