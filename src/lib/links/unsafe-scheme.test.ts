import { describe, expect, test } from 'vitest';
import { checkLinks } from './check.ts';
import { scanHtml } from './scan-html.ts';
import { unsafeScheme, urlScheme } from './unsafe-scheme.ts';

describe('urlScheme', () => {
  test.each([
    ['https://docs.docker.com/', 'https:'],
    ['MAILTO:a@b.c', 'mailto:'],
    ['./images/a.png', undefined],
    ['#top', undefined],
    ['//evil.example/x', undefined],
    ['/lessons/a/', undefined],
    ['a:b/c', 'a:'],
  ])('returns the scheme of %j', (url, expected) => {
    expect(urlScheme(url)).toBe(expected);
  });
});

describe('unsafeScheme', () => {
  test.each([
    ['javascript:alert(1)', 'javascript:'],
    [' javascript:alert(1)', 'javascript:'],
    ['\u0001JavaScript:alert(1)', 'javascript:'],
    ['java\tscript:alert(1)', 'javascript:'],
    ['java\nscript:alert(1)', 'javascript:'],
    ['vbscript:msgbox(1)', 'vbscript:'],
    ['data:text/html;base64,PHNjcmlwdD4=', 'data:'],
    ['file:///etc/passwd', 'file:'],
  ])('returns %j as unsafe (%s)', (url, expected) => {
    expect(unsafeScheme(url)).toBe(expected);
  });

  test.each([['https://x.example/javascript:'], ['./javascript:x'], ['#javascript:x'], ['mailto:a@b.c'], ['']])(
    'returns undefined for %j',
    (url) => {
      expect(unsafeScheme(url)).toBeUndefined();
    },
  );
});

describe('the link check with unsafe schemes', () => {
  test('returns unsafe-scheme at the line of every script or local-file URL in a page', () => {
    const html = [
      '<a href="https://docs.docker.com/" rel="noopener">docs</a>',
      '<a href="javascript:alert(1)">a</a>',
      '<a href=" java&#x09;script:alert(1)">b</a>',
      '<img src="data:image/svg+xml,<svg/>" alt="">',
      '<area href="vbscript:x"><a href="file:///etc/passwd">c</a>',
    ].join('\n');
    const pages = new Map([['lessons/a/index.html', scanHtml(html)]]);
    const problems = checkLinks(pages, new Set(pages.keys()), { base: '/' });
    expect(problems.map((problem) => [problem.line, problem.rule, problem.link])).toEqual([
      [2, 'unsafe-scheme', 'javascript:alert(1)'],
      [3, 'unsafe-scheme', 'java\tscript:alert(1)'],
      [4, 'unsafe-scheme', 'data:image/svg+xml,<svg/>'],
      [5, 'unsafe-scheme', 'vbscript:x'],
      [5, 'unsafe-scheme', 'file:///etc/passwd'],
    ]);
  });
});
