import { describe, expect, test } from 'vitest';
import { roundRobin } from './sequencer.ts';

describe('roundRobin', () => {
  test('returns one item of each list in turn, then the rest of the longer list', () => {
    expect(
      roundRobin([
        ['a1', 'a2', 'a3', 'a4'],
        ['b1', 'b2'],
      ]),
    ).toEqual(['a1', 'b1', 'a2', 'b2', 'a3', 'a4']);
  });

  test('returns one list unchanged and nothing for no lists', () => {
    expect(roundRobin([['a1', 'a2']])).toEqual(['a1', 'a2']);
    expect(roundRobin([])).toEqual([]);
  });
});
