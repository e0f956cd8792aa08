import { describe, expect, test } from 'vitest';
import type { Arg } from '../shell/invocations.ts';
import type { CommandSpec } from './types.ts';
import { arityFindings } from './walk-counts.ts';

const CP: CommandSpec = {
  path: 'docker cp',
  usage: ['[OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-', '[OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH'],
  aliases: [],
  flags: [],
  subcommands: {},
};

const args = (...values: string[]): Arg[] =>
  values.map((value, n) => ({ value, start: n * 10, end: n * 10 + value.length, dynamic: false, placeholder: 'none' }));

describe('arityFindings', () => {
  test('returns nothing when the count fits the usage', () => {
    expect(arityFindings(CP, args('web:/a', '.'), false, 99)).toEqual([]);
  });

  test('returns the missing arguments at the end of the invocation', () => {
    expect(arityFindings(CP, args('web:/a'), false, 99)).toMatchInlineSnapshot(`
      [
        {
          "message": "\`docker cp\` needs DEST_PATH|- (usage: docker cp [OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-)",
          "offset": 99,
          "rule": "missing-argument",
          "severity": "error",
        },
      ]
    `);
  });

  test('returns the first extra argument where it is written', () => {
    expect(arityFindings(CP, args('web:/a', '.', 'more'), false, 99).map((f) => [f.rule, f.offset])).toEqual([
      ['extra-argument', 20],
    ]);
  });

  test('counts words passed on as one argument', () => {
    expect(arityFindings(CP, args('web:/a'), true, 99)).toEqual([]);
  });
});
