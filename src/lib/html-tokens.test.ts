import { describe, expect, test } from 'vitest';
import { ATTRIBUTE, decodeEntities, rawTextElement, rawValue } from './html-tokens.ts';

describe('decodeEntities', () => {
  test.each([
    ['a&amp;b', 'a&b'],
    ['&#34;x&#x22;', '"x"'],
    ['&#xC124;&#52824;', '설치'],
    ['&unknown; & alone', '&unknown; & alone'],
    ['&#x110000;', '\ufffd'],
    ['&#99999999;x', '\ufffdx'],
    ['&hellip;&rarr;', '…→'],
    ['?a=1&not=2', '?a=1&not=2'],
  ])('returns %s decoded as %s', (text, expected) => {
    expect(decodeEntities(text)).toBe(expected);
  });
});

describe('rawTextElement', () => {
  const pattern = new RegExp(rawTextElement(['script', 'style']), 'giu');

  test('returns a match up to the element’s own end tag, with its attributes and content', () => {
    const [match] = '<script type="module">a = "</style>";</script><p>'.matchAll(pattern);
    expect([match?.[0], match?.[1], match?.[2], match?.[3]]).toEqual([
      '<script type="module">a = "</style>";</script>',
      'script',
      ' type="module"',
      'a = "</style>";',
    ]);
  });

  test('returns no match for a custom element whose name starts like one', () => {
    expect([...'<style-guide id="x">y</style-guide>'.matchAll(pattern)]).toEqual([]);
  });
});

describe('rawValue', () => {
  test('returns each value as written, whatever its quotes, and "" for a name alone', () => {
    const values = [...` a="1&amp;2" b='"' c=3 d`.matchAll(ATTRIBUTE)].map((match) => [match[1], rawValue(match)]);
    expect(values).toEqual([
      ['a', '1&amp;2'],
      ['b', '"'],
      ['c', '3'],
      ['d', ''],
    ]);
  });
});
