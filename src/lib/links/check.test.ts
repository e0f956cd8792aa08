import { describe, expect, test } from 'vitest';
import { checkLinks } from './check.ts';
import { scanHtml } from './scan-html.ts';

/** A built site from `{ file: html }`, plus any non-HTML files. */
function site(html: Record<string, string>, other: string[] = []) {
  const pages = new Map(Object.entries(html).map(([file, text]) => [file, scanHtml(text)]));
  return { pages, files: new Set([...Object.keys(html), ...other]) };
}

describe('checkLinks', () => {
  test('returns no problem when every link, asset and anchor exists', () => {
    const { pages, files } = site(
      {
        'index.html':
          '<link rel="stylesheet" href="/_astro/a.css"><a href="lessons/a/#run">a</a><a href="#top">top</a>',
        'lessons/a/index.html':
          '<h2 id="run">run</h2><a href="../../">home</a><img src="/_astro/p.webp"><a href="https://docs.docker.com/" rel="noopener">docs</a>',
      },
      ['_astro/a.css', '_astro/p.webp'],
    );
    expect(checkLinks(pages, files, { base: '/' })).toEqual([]);
  });

  test('returns missing-file with the page and line when a link goes nowhere', () => {
    const { pages, files } = site({ 'index.html': '<p>\n<a href="/lessons/nope/">x</a>' });
    expect(checkLinks(pages, files, { base: '/' })).toMatchInlineSnapshot(`
      [
        {
          "line": 2,
          "link": "/lessons/nope/",
          "message": "link /lessons/nope/ goes nowhere: no built file at lessons/nope/index.html; fix the link or add the page it names",
          "page": "index.html",
          "rule": "missing-file",
        },
      ]
    `);
  });

  test('returns missing-file, not a URIError, for a link with a stray percent sign', () => {
    const { pages, files } = site({ 'lessons/a/index.html': '<a href="../b/100%/">x</a><a href="#50%">y</a>' });
    expect(checkLinks(pages, files, { base: '/' }).map((problem) => [problem.rule, problem.link])).toEqual([
      ['missing-file', '../b/100%/'],
      ['missing-anchor', '#50%'],
    ]);
  });

  test('returns missing-anchor naming the ids the target has when an anchor is missing', () => {
    const { pages, files } = site({
      'index.html': '<a href="/lessons/a/#runn">x</a>',
      'lessons/a/index.html': '<h2 id="run">run</h2><h2 id="stop">stop</h2>',
    });
    expect(checkLinks(pages, files, { base: '/' }).map((problem) => problem.message)).toMatchInlineSnapshot(`
      [
        "link /lessons/a/#runn names #runn, which lessons/a/index.html does not have; ids on that page include "run", "stop"",
      ]
    `);
  });

  test('returns missing-anchor for a same-page fragment with a Korean id', () => {
    const { pages, files } = site({
      'lessons/a/index.html': '<h2 id="설치">설치</h2><a href="#%EC%84%A4%EC%B9%98">ok</a><a href="#삭제">bad</a>',
    });
    expect(checkLinks(pages, files, { base: '/' }).map((problem) => [problem.rule, problem.link])).toEqual([
      ['missing-anchor', '#삭제'],
    ]);
  });

  test('returns outside-base when a root link ignores the base', () => {
    const { pages, files } = site({
      'index.html': '<a href="/docker-course/">ok</a><a href="/lessons/a/">bad</a>',
      'lessons/a/index.html': '',
    });
    expect(
      checkLinks(pages, files, { base: '/docker-course/' }).map((problem) => [problem.rule, problem.link]),
    ).toEqual([['outside-base', '/lessons/a/']]);
  });

  test('returns unsafe-external for an external anchor without noopener, but not for other tags', () => {
    const { pages, files } = site({
      'index.html':
        '<a href="https://a.example/">a</a><a href="https://b.example/" rel="noreferrer">b</a><link rel="preconnect" href="https://c.example/">',
    });
    expect(checkLinks(pages, files, { base: '/' }).map((problem) => [problem.rule, problem.link])).toEqual([
      ['unsafe-external', 'https://a.example/'],
    ]);
  });

  test('returns no problem for paths written after the check', () => {
    const { pages, files } = site({
      'index.html': '<script src="/pagefind/pagefind-ui.js"></script><a href="/missing.txt">x</a>',
    });
    expect(checkLinks(pages, files, { base: '/', generated: ['pagefind/'] }).map((problem) => problem.link)).toEqual([
      '/missing.txt',
    ]);
  });
});
