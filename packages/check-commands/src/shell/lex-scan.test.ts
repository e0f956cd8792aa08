import { describe, expect, test } from 'vitest';
import { balanced, closeDouble, closeEscaped, skipHeredocs } from './lex-scan.ts';

describe('balanced', () => {
  test.each([
    ['$(a (b) c) d', 2, '(', ')', 10],
    ['$(echo ")") x', 2, '(', ')', 11],
    ["$(echo ')') x", 2, '(', ')', 11],
    ['$(echo \\)) x', 2, '(', ')', 10],
    ['${a:-{b}} x', 2, '{', '}', 9],
    ['$(never closed', 2, '(', ')', 14],
  ])('returns the index after the closer in %j', (text, from, open, close, expected) => {
    expect(balanced(text, from, open, close)).toBe(expected);
  });
});

describe('closeDouble', () => {
  test.each([
    ['"a b" c', 1, 5],
    ['"a \\" b" c', 1, 8],
    ['"$(echo ")") x" y', 1, 15],
    ['"open', 1, 6],
  ])('returns the index after the closing quote in %j', (text, from, expected) => {
    expect(closeDouble(text, from)).toBe(expected);
  });
});

describe('closeEscaped', () => {
  test.each([
    ["$'a\\'b' c", 2, "'", 6],
    ['`a \\` b` c', 1, '`', 7],
    ['`open', 1, '`', 5],
  ])('returns the index of the closer in %j', (text, from, close, expected) => {
    expect(closeEscaped(text, from, close)).toBe(expected);
  });
});

describe('skipHeredocs', () => {
  const text = 'cat <<A <<-B\nbody\nA\n\tmore\n\tB\nnext';
  const from = text.indexOf('\n') + 1;

  test('returns the index of the line after the last body', () => {
    expect(
      skipHeredocs(text, from, [
        { delimiter: 'A', strip: false },
        { delimiter: 'B', strip: true },
      ]),
    ).toBe(text.indexOf('next'));
  });

  test('returns the end of the text when a body is not closed', () => {
    expect(skipHeredocs(text, from, [{ delimiter: 'B', strip: false }])).toBe(text.length);
  });

  test('returns `from` when no here-document is pending', () => {
    expect(skipHeredocs(text, from, [])).toBe(from);
  });
});
