import { describe, expect, test } from 'vitest';
import { htmlHeading, isWrapperLine, lineComment, mdxComment, preCode, preStart, readPictures } from './html.ts';

describe('readPictures', () => {
  test('returns a local image with spaces in its path', () => {
    expect(readPictures('<img src="./img/docker container.png" width="600">')).toEqual([
      { alt: '', src: './img/docker container.png', title: '', href: undefined },
    ]);
  });

  test('returns badges: images inside links, HTML or Markdown, in a centred paragraph', () => {
    const line =
      '<p align="center"><a href="https://github.com/a/b"><img src="https://img.shields.io/x.svg" alt="빌드"/></a> [![License](https://img.shields.io/l.svg)](LICENSE)</p>';
    expect(readPictures(line)).toEqual([
      { alt: '빌드', src: 'https://img.shields.io/x.svg', title: '', href: 'https://github.com/a/b' },
      { alt: 'License', src: 'https://img.shields.io/l.svg', title: '', href: 'LICENSE' },
    ]);
  });

  test('returns a Markdown image with its title', () => {
    expect(readPictures('![화면](img.png "제목")')).toEqual([
      { alt: '화면', src: 'img.png', title: '제목', href: undefined },
    ]);
  });

  test.each([
    ['그림: <img src="a.png">'],
    ['<img src="a.png"> 설명'],
    ['일반 문장'],
    ['<a href="x">링크</a>'],
    [`<img src=x onerror="alert('img')">`],
  ])('returns undefined for %j, which shows more than pictures', (line) => {
    expect(readPictures(line)).toBeUndefined();
  });
});

describe('htmlHeading', () => {
  test('returns the level and text of a one-line heading', () => {
    expect(htmlHeading('<h1 align="center">컨테이너를 실행해 보자</h1>')).toEqual({
      level: 1,
      text: '컨테이너를 실행해 보자',
    });
  });
});

describe('isWrapperLine', () => {
  test.each([
    ['<p align="center">', true],
    ['</div>', true],
    ['<br>', false],
    ['<p>문장</p>', false],
  ])('says whether %j only lays out (%s)', (line, expected) => {
    expect(isWrapperLine(line)).toBe(expected);
  });
});

describe('comments', () => {
  test('returns the text of a one-line comment and writes it as an MDX comment', () => {
    expect(lineComment('    <!-- 컨테이너 실행 명령 -->')).toBe('컨테이너 실행 명령');
    expect(mdxComment('a */ b')).toBe('{/* a * / b */}');
  });
});

describe('pre blocks', () => {
  test('returns the language and the decoded code of a <pre><code> block', () => {
    const lines = [
      '<pre><code class="language-bash">docker run -p 80:80 \\',
      '  &lt;이미지&gt; &amp;&amp; echo ok</code></pre>',
    ];
    expect(preStart(lines[0] ?? '')).toEqual({ lang: 'bash' });
    expect(preCode(lines)).toEqual(['docker run -p 80:80 \\', '  <이미지> && echo ok']);
  });
});
