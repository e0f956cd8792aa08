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

  test('returns lines without zero-width spaces', () => {
    expect(toLines('복사합니다.\u200b target')).toEqual(['복사합니다. target']);
  });

  test('returns lines without trailing spaces or trailing blank lines', () => {
    expect(toLines('  $ docker ps  \n\n\n')).toEqual(['  $ docker ps']);
  });
});

describe('expandTabs', () => {
  test('returns spaces up to the next multiple of four when a tab indents', () => {
    expect(expandTabs('\t- a')).toBe('    - a');
    expect(expandTabs(' \t\tx')).toBe('        x');
  });

  test('returns tabs inside the text as they are: they separate table cells', () => {
    expect(expandTabs('-d\tdetached mode')).toBe('-d\tdetached mode');
  });
});

describe('indentOf', () => {
  test('returns the number of leading spaces', () => {
    expect(indentOf('   x')).toBe(3);
  });
});
