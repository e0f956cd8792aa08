import { describe, expect, test } from 'vitest';
import { scanHtml, srcsetUrls } from './scan-html.ts';

describe('scanHtml', () => {
  test('returns ids and named anchors of the page', () => {
    const page = scanHtml('<h2 id="설치">설치</h2><a name="old"></a><div id="x"></div>');
    expect([...page.ids]).toEqual(['설치', 'old', 'x']);
  });

  test('returns every URL-bearing attribute with its tag, rel and line', () => {
    const page = scanHtml(
      '<link rel="stylesheet" href="/a.css">\n<a href="/lessons/a/#b" rel="noopener External">x</a>\n<img src="i.png" srcset="/i-1.webp 1x, /i-2.webp 2x">',
    );
    expect(page.refs).toEqual([
      { tag: 'link', attr: 'href', value: '/a.css', rel: ['stylesheet'], line: 1 },
      { tag: 'a', attr: 'href', value: '/lessons/a/#b', rel: ['noopener', 'external'], line: 2 },
      { tag: 'img', attr: 'src', value: 'i.png', rel: [], line: 3 },
      { tag: 'img', attr: 'srcset', value: '/i-1.webp', rel: [], line: 3 },
      { tag: 'img', attr: 'srcset', value: '/i-2.webp', rel: [], line: 3 },
    ]);
  });

  test('returns no links from inside scripts, styles and titles, as a browser would not', () => {
    const page = scanHtml(
      '<title><a href="/t"></title><script>const s = "<a href=\'/s\' id=\'q\'>";</script><style>a[href="/c"]{}</style><a href="/real">r</a>',
    );
    expect(page.refs.map((ref) => ref.value)).toEqual(['/real']);
    expect(page.ids.size).toBe(0);
  });

  test('returns the id of any element, even after an attribute value holding >, and not data-id', () => {
    const page = scanHtml('<figure data-copy="echo a > b" id="code-1"></figure><div data-id="no"></div><span>x</span>');
    expect([...page.ids]).toEqual(['code-1']);
  });

  test('returns the line of each reference in compressed HTML with long lines', () => {
    const long = '<p>x</p>'.repeat(500);
    const page = scanHtml(`${long}<a href="/a">a</a>${long}\n${long}<a href="/b">b</a>\n\n<img src="/c.png">`);
    expect(page.refs.map((ref) => [ref.value, ref.line])).toEqual([
      ['/a', 1],
      ['/b', 2],
      ['/c.png', 4],
    ]);
  });

  test('returns the text of inline scripts but not of data blocks or external scripts', () => {
    const page = scanHtml(
      '<script>let a = 1 < 2;</script><script type="module">go()</script><script type="application/ld+json">{}</script><script src="/x.js"></script>',
    );
    expect(page.inlineScripts).toEqual(['let a = 1 < 2;', 'go()']);
  });

  test('decodes character references in attribute values', () => {
    expect(scanHtml('<a href="/a?b=1&amp;c=2">x</a>').refs[0]?.value).toBe('/a?b=1&c=2');
  });
});

describe('srcsetUrls', () => {
  test.each([
    ['/a.webp 640w, /b.webp 1280w', ['/a.webp', '/b.webp']],
    ['/a.png', ['/a.png']],
    [' /a.png 1x ,/b.png 2x ', ['/a.png', '/b.png']],
  ])('returns the URLs of %j', (value, expected) => {
    expect(srcsetUrls(value)).toEqual(expected);
  });
});
