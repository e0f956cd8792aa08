import { describe, expect, test } from 'vitest';
import { scopeHtml } from './scope-html.ts';

describe('scopeHtml', () => {
  test('returns ids prefixed and in-page anchors following them', () => {
    const html = '<h2 id="설치">설치<a class="heading-anchor" href="#설치">#</a></h2><a href="#">맨 위</a>';
    expect(scopeHtml(html, { prefix: 'a--' })).toBe(
      '<h2 id="a--설치">설치<a class="heading-anchor" href="#a--설치">#</a></h2><a href="#">맨 위</a>',
    );
  });

  test('returns id references in aria, label and svg attributes prefixed', () => {
    const html =
      '<figure aria-labelledby="t d"><svg><defs><marker id="m"></marker></defs><path marker-end="url(#m)"></path><use href="#m"></use></svg>' +
      '<figcaption id="t">x</figcaption></figure><label for="f">f</label>';
    const out = scopeHtml(html, { prefix: 'p-' });
    expect(out).toContain('aria-labelledby="p-t p-d"');
    expect(out).toContain('id="p-m"');
    expect(out).toContain('marker-end="url(#p-m)"');
    expect(out).toContain('<use href="#p-m">');
    expect(out).toContain('for="p-f"');
  });

  test('returns headings moved down with their original level kept', () => {
    expect(scopeHtml('<h2 id="x">x</h2><h5>y</h5>', { prefix: '', shift: 2 })).toBe(
      '<h4 id="x" data-level="2">x</h4><h6 data-level="5">y</h6>',
    );
  });

  test('returns other links rewritten by rewriteHref, or unchanged', () => {
    const rewriteHref = (href: string): string | undefined => (href === '/lessons/b/' ? '#b' : undefined);
    expect(
      scopeHtml('<a href="/lessons/b/">b</a><a href="https://docs.docker.com/">d</a>', { prefix: 'a--', rewriteHref }),
    ).toBe('<a href="#b">b</a><a href="https://docs.docker.com/">d</a>');
  });
});
