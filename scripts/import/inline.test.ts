import { describe, expect, test } from 'vitest';
import { convertInlineHtml, formatInline, isBreakLine, leftoverTags } from './inline.ts';

describe('isBreakLine', () => {
  test.each([
    ['<br>', true],
    ['<br><br><br/>', true],
    ['text<br>', false],
  ])('returns %s for %j', (line, expected) => {
    expect(isBreakLine(line)).toBe(expected === true);
  });
});

describe('convertInlineHtml', () => {
  test.each([
    ['Container <span style="color:indianred">Image</span>', 'Container **Image**'],
    ['<b>굵게</b> <em>기울임</em>', '**굵게** *기울임*'],
    ['a<br>b', 'a b'],
    ['<span onclick="x()">클릭</span>', '<span onclick="x()">클릭</span>'],
    ['<span style="x" onmouseover="y()">a</span>', '<span style="x" onmouseover="y()">a</span>'],
  ])('returns %j as %j', (text, expected) => {
    expect(convertInlineHtml(text)).toBe(expected);
  });
});

describe('formatInline', () => {
  test('returns converted emphasis and escaped leftovers, leaving code spans alone', () => {
    expect(formatInline('<span style="color:red">Docker Host</span> `<br>` <img onerror=x>')).toBe(
      '**Docker Host** `<br>` &lt;img onerror=x>',
    );
  });
});

describe('leftoverTags', () => {
  test('returns tags that stay text, not converted ones, titles or code', () => {
    expect(leftoverTags('<span style="a">x</span> <script>y</script> `<b>` <Docker 용어 정리>')).toEqual([
      '<script>',
      '</script>',
    ]);
  });
});
