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

describe('scopeHtml, on what Astro may write', () => {
  const scope = (html: string): string =>
    scopeHtml(html, {
      prefix: 'p-',
      shift: 2,
      rewriteHref: (href) => (href.startsWith('/lessons/b/') ? '#b' : undefined),
    });

  test.each([
    [
      'single-quoted and bare values',
      `<div id='a"b' title='x' for=c>z</div>`,
      '<div id="p-a&quot;b" title=\'x\' for="p-c">z</div>',
    ],
    ['a > inside a quoted value', '<figure data-copy="a > b" id="x">', '<figure data-copy="a > b" id="p-x">'],
    [
      'attributes without values',
      '<h2 id hidden>x</h2><label for>y</label>',
      '<h4 id hidden data-level="2">x</h4><label for>y</label>',
    ],
    ['upper-case names', '<H2 ID="X">A</H2 >', '<h4 ID="p-X" data-level="2">A</h4>'],
    [
      'a heading that already has data-level, or ends in />',
      '<h3 data-level="9" id="a"/>',
      '<h5 data-level="3" id="p-a"/>',
    ],
    ['nested headings', '<h2>a<h3 id="b">b</h3></h2>', '<h4 data-level="2">a<h5 id="p-b" data-level="3">b</h5></h4>'],
    [
      'references word by word',
      '<input list=" a  b " aria-describedby="c">',
      '<input list="p-a p-b" aria-describedby="p-c">',
    ],
  ])('returns %s scoped', (_name, html, expected) => {
    expect(scope(html)).toBe(expected);
  });

  test.each([
    ['comments', '<!-- <h2 id="x"><a href="#x"> -->'],
    [
      'script, style and textarea contents',
      `<script>"<h2 id='x'>"</script><style>#x{fill:url(#x)}</style><textarea><a href="#x"></textarea>`,
    ],
    ['template contents (the tree-based version never reached them)', '<template><p id="t">x</p></template>'],
    ['headings when shift is 0', '<h2 class="x">x</h2>'],
  ])('returns %s unchanged', (_name, html) => {
    expect(scopeHtml(html, { prefix: 'p-', shift: 0 })).toBe(html);
  });

  test('returns the start tags of raw-text elements scoped', () => {
    expect(scope('<script id="s">let a = "<b id=x>";</script>')).toBe('<script id="p-s">let a = "<b id=x>";</script>');
  });

  test('returns svg ids, url(#…) in any attribute, href and xlink:href scoped', () => {
    expect(
      scope(
        '<svg><path id="m" fill="url(#g)" style="stroke: url(#s)"/><use xlink:href="#m"/><use href="#m"></use></svg>',
      ),
    ).toBe(
      '<svg><path id="p-m" fill="url(#p-g)" style="stroke: url(#p-s)"/><use xlink:href="#p-m"/><use href="#p-m"></use></svg>',
    );
  });

  test('returns character references kept, and rewriteHref given and giving decoded links', () => {
    const rewriteHref = (href: string): string => `#${href}&"`;
    expect(scopeHtml('<a id="a&amp;b" href="/x?a=1&amp;b=&#34;">x</a>', { prefix: 'p&-', rewriteHref })).toBe(
      '<a id="p&amp;-a&amp;b" href="#/x?a=1&amp;b=&quot;&amp;&quot;">x</a>',
    );
  });

  test('returns percent-encoded and raw Korean fragments prefixed as written, as before', () => {
    expect(scope('<a href="#%EC%84%A4%EC%B9%98">a</a><a href="#설치">b</a><a href="&#35;x">c</a>')).toBe(
      '<a href="#p-%EC%84%A4%EC%B9%98">a</a><a href="#p-설치">b</a><a href="#p-x">c</a>',
    );
  });

  test('returns HTML with nothing to scope unchanged, as the same string', () => {
    const html = '<p class="a">text <code><span style="--shiki-light:#24292E">x</span></code></p>';
    expect(scope(html)).toBe(html);
  });
});
