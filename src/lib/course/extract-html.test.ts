import { describe, expect, test } from 'vitest';
import { extractMarked, resolveLinks } from './extract-html.ts';

describe('extractMarked', () => {
  test('returns each marked element whole, in order, and nothing else', () => {
    const html =
      '<h2>제목</h2><p>본문</p><section data-extract="exercise" id="a"><p>과제 1</p></section>' +
      '<p>사이</p><section class="x" data-extract="exercise"><p>과제 2</p></section>';
    expect(extractMarked(html, 'exercise')).toEqual([
      '<section data-extract="exercise" id="a"><p>과제 1</p></section>',
      '<section class="x" data-extract="exercise"><p>과제 2</p></section>',
    ]);
  });

  test('returns a marked element to its own end tag past nested elements of the same name', () => {
    const html = '<div data-extract="note"><div><div>안</div></div><p>끝</p></div><div>밖</div>';
    expect(extractMarked(html, 'note')).toEqual(['<div data-extract="note"><div><div>안</div></div><p>끝</p></div>']);
  });

  test('returns only elements with that mark, and marked ones inside them as part of them', () => {
    const html =
      '<aside data-extract=note><section data-extract="exercise">x</section></aside><section data-extract="exercise">y</section>';
    expect(extractMarked(html, 'note')).toEqual([
      '<aside data-extract=note><section data-extract="exercise">x</section></aside>',
    ]);
    expect(extractMarked(html, 'exercise')).toHaveLength(2);
  });

  test('ignores tags inside comments, scripts and attribute values', () => {
    const html =
      '<section data-extract="exercise"><!-- </section> --><script>"</section>"</script>' +
      '<a title="</section>">링크</a></section><p>밖</p>';
    expect(extractMarked(html, 'exercise')).toEqual([html.slice(0, html.indexOf('<p>밖'))]);
  });

  test('returns nothing when no element is marked', () => {
    expect(extractMarked('<p data-extract="other">x</p>', 'exercise')).toEqual([]);
  });
});

describe('resolveLinks', () => {
  test('returns relative and in-page links as absolute paths from the lesson page', () => {
    const html =
      '<a href="../docker-run/#옵션">옵션</a> <a class="x" href="#설치">설치</a> <a href="../../glossary/">용어집</a>';
    expect(resolveLinks(html, '/course/lessons/install/')).toBe(
      '<a href="/course/lessons/docker-run/#%EC%98%B5%EC%85%98">옵션</a> <a class="x" href="/course/lessons/install/#%EC%84%A4%EC%B9%98">설치</a> <a href="/course/glossary/">용어집</a>',
    );
  });

  test('leaves absolute, external and mail links as they are', () => {
    const html =
      '<a href="/glossary/#image">이미지</a><a href="https://docs.docker.com/">문서</a><a href="mailto:a@b.c">메일</a>';
    expect(resolveLinks(html, '/lessons/a/')).toBe(html);
  });

  test('decodes character references before resolving and writes the result escaped', () => {
    expect(resolveLinks('<a href="../b/?x=1&amp;y=2">b</a>', '/lessons/a/')).toBe(
      '<a href="/lessons/b/?x=1&amp;y=2">b</a>',
    );
  });
});
