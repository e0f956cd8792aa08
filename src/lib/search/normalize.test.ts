import { describe, expect, test } from 'vitest';
import { normalize, splitLatinTail, words } from './normalize.ts';

describe('normalize', () => {
  test('returns lower case with punctuation turned into spaces', () => {
    expect(normalize('  Docker   Hub?! (도커)')).toBe('docker hub 도커');
  });

  test('keeps the dashes and dots inside a command word', () => {
    expect(normalize('--name docker-compose.yml')).toBe('name docker-compose.yml');
  });
});

describe('words', () => {
  test('returns no words for punctuation only', () => {
    expect(words('?!')).toEqual([]);
  });
});

describe('splitLatinTail', () => {
  test.each([
    ['docker를', { head: 'docker', tail: '를' }],
    ['mysql에서', { head: 'mysql', tail: '에서' }],
    ['도커', undefined],
    ['docker', undefined],
  ])('splits %s', (word, expected) => {
    expect(splitLatinTail(word)).toEqual(expected);
  });
});
