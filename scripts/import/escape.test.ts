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
    ['[bad](javascript:alert(1))', '\\[bad]\\(javascript:alert(1))'],
    ['[ok](https://docs.docker.com) [rel](./x.md)', '[ok](https://docs.docker.com) [rel](./x.md)'],
    ['[spaced]( https://docs.docker.com "제목")', '[spaced](https://docs.docker.com "제목")'],
    ['[x]: javascript:alert(1)', '\\[x]: javascript:alert(1)'],
    ['![inline](x.png)', '!\\[inline]\\(x.png)'],
    ['[눌러 보기]( javascript:alert(1))', '\\[눌러 보기]\\( javascript:alert(1))'],
    ['[tab](\tjavascript:alert(1))', '\\[tab]\\(\tjavascript:alert(1))'],
    ['[entity](java&#115;cript:alert(1))', '[entity](java&amp;#115;cript:alert(1))'],
    ['[host](//evil.example/x)', '\\[host]\\(//evil.example/x)'],
    ['[split](', '\\[split]\\('],
    ['here](javascript:alert(1))', 'here]\\(javascript:alert(1))'],
    ['![배지](https://img.shields.io/badge/a-b-c)', '[배지](https://img.shields.io/badge/a-b-c)'],
    ['![](https://img.shields.io/x.svg)', '[x.svg](https://img.shields.io/x.svg)'],
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

  test.each([
    ['``` <b>x</b> `코드`', ['``` <b>x</b> ', '`코드`']],
    ['`` {` 도커', ['`` {` 도커']],
  ])('returns a backtick run without a closer of its length as text: %j', (text, parts) => {
    expect(splitCodeSpans(text).map((part) => part.value)).toEqual(parts);
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
