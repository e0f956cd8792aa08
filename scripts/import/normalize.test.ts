import { describe, expect, test } from 'vitest';
import { expandTabs, indentOf, toLines } from './normalize.ts';

describe('toLines', () => {
  test.each([
    ['LF', 'a\nb\n'],
    ['CRLF', 'a\r\nb\r\n'],
    ['CR', 'a\rb\r'],
  ])('returns the same lines when the note uses %s', (_name, text) => {
    expect(toLines(text)).toEqual(['a', 'b']);
  });

  test('returns lines without trailing spaces or trailing blank lines', () => {
    expect(toLines('  $ docker ps  \n\n\n')).toEqual(['  $ docker ps']);
  });
});

describe('expandTabs', () => {
  test('returns spaces up to the next multiple of four when a tab indents', () => {
    expect(expandTabs('\t- a')).toBe('    - a');
    expect(expandTabs('ab\tc')).toBe('ab  c');
  });
});

describe('indentOf', () => {
  test('returns the number of leading spaces', () => {
    expect(indentOf('   x')).toBe(3);
  });
});
