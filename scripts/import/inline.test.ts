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
    ['<a href="https://docs.docker.com/">문서</a>', '[문서](https://docs.docker.com/)'],
    ['<a href="javascript:alert(1)">링크</a>', '<a href="javascript:alert(1)">링크</a>'],
    [
      '<a href="https://x.example/"><img src="https://img.shields.io/b.svg" alt="배지"></a>',
      '[배지](https://x.example/)',
    ],
    ['<img src="./img/docker container.png" alt="구조">', '![구조](./img/docker%20container.png)'],
    ['<code>&lt;이름&gt;</code> <del>옛날</del> <font color="red">빨강</font>', '`<이름>` ~~옛날~~ 빨강'],
    ['<summary>더 보기</summary>', '**더 보기**'],
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

describe('formatInline with kept tags', () => {
  test.each([
    [
      '이미지 제작자<sup>소프트웨어</sup>에 <sub>e.g. mysql</sub>',
      '이미지 제작자<sup>소프트웨어</sup>에 <sub>e.g. mysql</sub>',
    ],
    ['<kbd>Ctrl</kbd>+<kbd>C</kbd>', '<kbd>Ctrl</kbd>+<kbd>C</kbd>'],
    ['<sup onclick="x()">a</sup>', '&lt;sup onclick="x()">a&lt;/sup>'],
    ['앞 <!-- 숨은 {주석} --> 뒤', '앞 {/* 숨은 \\{주석\\} */} 뒤'],
  ])('returns %j as %j', (text, expected) => {
    expect(formatInline(text)).toBe(expected);
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
