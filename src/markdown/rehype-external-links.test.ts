import { describe, expect, test } from 'vitest';
import type { Element, Root } from 'hast';
import { isExternalHref, rehypeExternalLinks, withNoopener } from './rehype-external-links.ts';

function link(href: string, rel?: string[]): Element {
  return { type: 'element', tagName: 'a', properties: rel ? { href, rel } : { href }, children: [] };
}

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

describe('rehypeExternalLinks', () => {
  test('returns a tree whose external links carry noopener and whose internal links are untouched', () => {
    const tree: Root = {
      type: 'root',
      children: [link('https://docs.docker.com/', ['nofollow']), link('/lessons/a/')],
    };
    rehypeExternalLinks()(tree);
    expect(tree.children.map((node) => (node as Element).properties)).toEqual([
      { href: 'https://docs.docker.com/', rel: ['nofollow', 'noopener'] },
      { href: '/lessons/a/' },
    ]);
  });
});
