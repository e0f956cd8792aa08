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
