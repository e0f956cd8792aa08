import { describe, expect, test } from 'vitest';
import { relativeCss, relativeHtml, relativeUrl } from './relative-urls.ts';

describe('relativeUrl', () => {
  test.each([
    ['/lessons/b/', 'lessons/a/index.html', '/', '../b/index.html'],
    ['/lessons/b/#setup', 'lessons/a/index.html', '/', '../b/index.html#setup'],
    ['/', 'lessons/a/index.html', '/', '../../index.html'],
    ['/docker-course/_astro/x.css', 'index.html', '/docker-course/', '_astro/x.css'],
    ['/docker-course/glossary', 'index.html', '/docker-course/', 'glossary/index.html'],
    ['https://docs.docker.com/', 'index.html', '/', 'https://docs.docker.com/'],
    ['#top', 'index.html', '/', '#top'],
  ])('returns %s seen from %s (base %s) as %s', (url, from, base, expected) => {
    expect(relativeUrl(url, from, base)).toBe(expected);
  });

  test('returns a directory with its slash when asked for one', () => {
    expect(relativeUrl('/docker-course/', 'lessons/a/index.html', '/docker-course/', true)).toBe('../../');
  });
});

describe('relativeHtml', () => {
  test('rewrites links, sources, srcsets and the search root', () => {
    const html =
      '<a href="/lessons/b/">b</a><img src="/_astro/i.webp" srcset="/_astro/i.webp 1x, /_astro/j.webp 2x"><button data-search-root="/"></button>';
    expect(relativeHtml(html, 'lessons/a/index.html', '/')).toBe(
      '<a href="../b/index.html">b</a><img src="../../_astro/i.webp" srcset="../../_astro/i.webp 1x, ../../_astro/j.webp 2x"><button data-search-root="../../"></button>',
    );
  });
});

describe('relativeCss', () => {
  test('rewrites url() under the base', () => {
    expect(relativeCss('a{background:url(/_astro/x.svg)}', '_astro/site.css', '/')).toBe('a{background:url(x.svg)}');
  });
});
