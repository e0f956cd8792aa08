import { describe, expect, test } from 'vitest';
import { closest, didYouMean } from './suggest.ts';

describe('closest', () => {
  test.each([
    ['contaner', ['container', 'context', 'config'], 'container'],
    ['--al', ['all', 'filter'], undefined],
    ['al', ['all', 'filter'], 'all'],
    ['foo', ['top', 'run'], undefined],
    ['biuld', ['build', 'builder'], 'build'],
  ])('returns the closest to %j among %j', (word, candidates, expected) => {
    expect(closest(word, candidates)).toBe(expected);
  });
});

describe('didYouMean', () => {
  test('returns a suggestion clause, or nothing', () => {
    expect(didYouMean('--name')).toBe('; did you mean --name?');
    expect(didYouMean(undefined)).toBe('');
  });
});
