import { describe, expect, test } from 'vitest';
import { escapeText, jsString, jsxAttribute, splitCodeSpans } from './escape.ts';

describe('escapeText', () => {
  test.each([
    ['{process.exit(1)}', '\\{process.exit(1)\\}'],
    ['<script>alert(1)</script>', '&lt;script>alert(1)&lt;/script>'],
    ['import fs from "node:fs"', '&#105;mport fs from "node:fs"'],
    ['export const a = 1', '&#101;xport const a = 1'],
    ['importance of import', 'importance of import'],
    ['C:\\Users\\{name}', 'C:\\\\Users\\\\\\{name\\}'],
    ['&lt; &copy; a&b', '&amp;lt; &amp;copy; a&b'],
    ['[bad](javascript:alert(1))', '\\[bad](javascript:alert(1))'],
    ['[ok](https://docs.docker.com) [rel](./x.md)', '[ok](https://docs.docker.com) [rel](./x.md)'],
    ['[x]: javascript:alert(1)', '\\[x]: javascript:alert(1)'],
    ['![inline](x.png)', '!\\[inline](x.png)'],
    ['`{code} <b>` and {x}', '`{code} <b>` and \\{x\\}'],
  ])('returns literal MDX for %j', (text, expected) => {
    expect(escapeText(text)).toBe(expected);
  });
});

describe('splitCodeSpans', () => {
  test('returns code spans and the text between them', () => {
    expect(splitCodeSpans('run `docker ps` now')).toEqual([
      { code: false, value: 'run ' },
      { code: true, value: '`docker ps`' },
      { code: false, value: ' now' },
    ]);
  });

  test('returns one text part when a backtick is never closed', () => {
    expect(splitCodeSpans('a ` b')).toEqual([{ code: false, value: 'a ` b' }]);
  });
});

describe('jsString', () => {
  test('returns a JS string literal whose braces and angle brackets are escapes', () => {
    expect(jsString('a "{b}" <c>')).toBe('"a \\"\\u007bb\\u007d\\" \\u003cc\\u003e"');
  });
});

describe('jsxAttribute', () => {
  test.each([
    ['virtualbox001.png', 'file="virtualbox001.png"'],
    ['say "hi" {x}', 'file={"say \\"hi\\" \\u007bx\\u007d"}'],
  ])('returns a safe attribute for %j', (value, expected) => {
    expect(jsxAttribute('file', value)).toBe(expected);
  });
});
