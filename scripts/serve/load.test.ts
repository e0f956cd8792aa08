import { describe, expect, test } from 'vitest';
import { pageAssets } from './load.ts';

describe('pageAssets', () => {
  test('returns the files a browser loads with the page, not the pages and files it links to', () => {
    const html =
      '<link rel="stylesheet" href="/c/_astro/a.css"><link rel="icon" href="/c/favicon.svg">' +
      '<link rel="sitemap" href="/c/sitemap-index.xml"><script type="module" src="/c/_astro/b.js"></script>' +
      '<img src="/c/_astro/p%20q.webp" alt=""><a href="/c/handouts/a.pdf">PDF</a><a href="/c/lessons/b/">b</a>' +
      '<script src="https://cdn.example/x.js"></script><img src="/c/missing.png" alt="">';
    const files = new Set([
      '_astro/a.css',
      'favicon.svg',
      'sitemap-index.xml',
      '_astro/b.js',
      '_astro/p q.webp',
      'handouts/a.pdf',
    ]);
    expect(pageAssets(html, '/c/', files)).toEqual(['_astro/a.css', '_astro/b.js', '_astro/p q.webp', 'favicon.svg']);
  });
});
