import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { candidateFiles, normalizeBase, pageUrlPath, resolveLink } from './resolve.ts';

describe('normalizeBase', () => {
  test.each([
    ['/', '/'],
    ['', '/'],
    ['/docker-course', '/docker-course/'],
    ['docker-course/', '/docker-course/'],
  ])('returns %j as %j', (base, expected) => {
    expect(normalizeBase(base)).toBe(expected);
  });
});

describe('pageUrlPath', () => {
  test.each([
    ['index.html', ''],
    ['lessons/a/index.html', 'lessons/a/'],
    ['404.html', '404.html'],
  ])('returns the URL path of %j', (file, expected) => {
    expect(pageUrlPath(file)).toBe(expected);
  });
});

describe('resolveLink', () => {
  const page = 'lessons/a/index.html';
  test.each([
    ['/lessons/b/', '/', { kind: 'internal', path: 'lessons/b/', fragment: undefined }],
    ['#설치', '/', { kind: 'internal', path: 'lessons/a/', fragment: '설치' }],
    ['#%EC%84%A4%EC%B9%98', '/', { kind: 'internal', path: 'lessons/a/', fragment: '설치' }],
    ['../b/#x', '/', { kind: 'internal', path: 'lessons/b/', fragment: 'x' }],
    ['./images/a.png', '/', { kind: 'internal', path: 'lessons/a/images/a.png', fragment: undefined }],
    ['/docker-course/lessons/b/', '/docker-course/', { kind: 'internal', path: 'lessons/b/', fragment: undefined }],
    ['/docker-course', '/docker-course/', { kind: 'internal', path: '', fragment: undefined }],
    ['../b/', '/docker-course/', { kind: 'internal', path: 'lessons/b/', fragment: undefined }],
    ['/lessons/b/', '/docker-course/', { kind: 'outside-base', pathname: '/lessons/b/' }],
    ['https://docs.docker.com/', '/', { kind: 'external', url: 'https://docs.docker.com/' }],
    ['//cdn.example.com/a.js', '/', { kind: 'external', url: 'http://cdn.example.com/a.js' }],
    [
      'https://docker-course.example.org/lessons/b/',
      '/',
      { kind: 'internal', path: 'lessons/b/', fragment: undefined },
    ],
    ['mailto:a@b.c', '/', { kind: 'skip' }],
    ['#', '/', { kind: 'internal', path: 'lessons/a/', fragment: undefined }],
  ])('resolves %j under base %j', (link, base, expected) => {
    expect(resolveLink(link, page, { base, site: 'https://docker-course.example.org' })).toEqual(expected);
  });
});

describe('candidateFiles', () => {
  test.each([
    ['', ['index.html']],
    ['lessons/a/', ['lessons/a/index.html']],
    ['lessons/a', ['lessons/a', 'lessons/a.html', 'lessons/a/index.html']],
  ])('returns the files %j may be served from', (path, expected) => {
    expect(candidateFiles(path)).toEqual(expected);
  });
});

describe('resolveLink, for any link', () => {
  const page = fc.constantFrom('index.html', 'lessons/a/index.html', 'print/parts/x/index.html', '404.html');
  const base = fc.constantFrom('/', '/docker-course/');

  test('never throws, and an internal path is relative and inside the base', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), page, base, (link, from, mount) => {
        const target = resolveLink(link, from, { base: mount, site: 'https://course.example.org' });
        if (target.kind === 'internal') {
          expect(target.path.startsWith('/')).toBe(false);
          expect(target.path.split('/')).not.toContain('..');
          expect(candidateFiles(target.path).length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });

  test('reads back the file names of a link percent-encoded from them', () => {
    const name = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 12 })
      .filter((text) => !/^\.{1,2}$/u.test(text));
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 4 }), base, (names, mount) => {
        const link = `${mount}${names.map(encodeURIComponent).join('/')}/`;
        expect(resolveLink(link, 'index.html', { base: mount })).toEqual({
          kind: 'internal',
          path: `${names.join('/')}/`,
          fragment: undefined,
        });
      }),
      { numRuns: 500 },
    );
  });
});
