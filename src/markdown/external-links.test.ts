import { describe, expect, test } from 'vitest';
import { markdownToHtml } from 'satteri';
import { externalLinks, isExternalHref, withNoopener } from './external-links.ts';

describe('isExternalHref', () => {
  test.each([
    ['https://docs.docker.com/', true],
    ['HTTP://a.example', true],
    ['//cdn.example.com/x', true],
    ['/lessons/a/', false],
    ['#x', false],
    ['mailto:a@b.c', false],
  ])('says whether %j leaves the site (%s)', (href, expected) => {
    expect(isExternalHref(href)).toBe(expected);
  });
});

describe('withNoopener', () => {
  test.each([
    [undefined, ['noopener']],
    ['nofollow', ['nofollow', 'noopener']],
    [['noopener'], ['noopener']],
  ])('returns the rel words of %j with noopener once', (rel, expected) => {
    expect(withNoopener(rel)).toEqual(expected);
  });
});

describe('externalLinks', () => {
  test('gives external links noopener and leaves internal links as they are', async () => {
    const { html } = await markdownToHtml('[문서](https://docs.docker.com/) [강의](/lessons/a/) [절](#x)', {
      hastPlugins: [externalLinks()],
    });
    expect(html.trim()).toBe(
      '<p><a href="https://docs.docker.com/" rel="noopener">문서</a> <a href="/lessons/a/">강의</a> <a href="#x">절</a></p>',
    );
  });
});
