import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { folderLocation, parseRequestPath } from './request-path.ts';

describe('parseRequestPath', () => {
  test.each([
    ['/', '/', { kind: 'site', segments: [], folder: true, search: '' }],
    ['/lessons/a/', '/', { kind: 'site', segments: ['lessons', 'a'], folder: true, search: '' }],
    ['/lessons/a?x=1#y', '/', { kind: 'site', segments: ['lessons', 'a'], folder: false, search: '?x=1' }],
    ['/%ED%95%9C%20a.html', '/', { kind: 'site', segments: ['한 a.html'], folder: false, search: '' }],
    ['http://host:1/a/', '/', { kind: 'site', segments: ['a'], folder: true, search: '' }],
    ['/c/a/', '/c/', { kind: 'site', segments: ['a'], folder: true, search: '' }],
    ['/', '/c/', { kind: 'redirect', location: '/c/' }],
    ['/?q=1', '/c/', { kind: 'redirect', location: '/c/?q=1' }],
    ['/c', '/c/', { kind: 'redirect', location: '/c/' }],
    ['/d/a/', '/c/', { kind: 'not-found' }],
    ['//evil.example/', '/', { kind: 'not-found' }],
    ['/a//b', '/', { kind: 'not-found' }],
    ['/.git/config', '/', { kind: 'not-found' }],
    [
      '/.well-known/security.txt',
      '/',
      { kind: 'site', segments: ['.well-known', 'security.txt'], folder: false, search: '' },
    ],
  ] as const)('reads %s under base %s', (target, base, expected) => {
    expect(parseRequestPath(target, base)).toEqual(expected);
  });

  test.each([
    ['/%', 'malformed percent-encoding in "%"'],
    ['/a/%E0%A4%A', 'malformed percent-encoding in "%E0%A4%A"'],
    ['/..%2fdist-offline.zip', 'a slash or backslash inside the segment "..%2fdist-offline.zip"'],
    ['/a%5cb', 'a slash or backslash inside the segment "a%5cb"'],
    ['/a\\b', 'a slash or backslash inside the segment "a\\b"'],
    ['/../x', 'a "." or ".." path segment'],
    ['/%2e%2e/x', 'a "." or ".." path segment'],
    ['/./x', 'a "." or ".." path segment'],
    ['/a%00', 'a control character in "a%00"'],
    ['*', 'the request target is not a path'],
  ])('refuses %s: %s', (target, reason) => {
    expect(parseRequestPath(target, '/')).toEqual({ kind: 'bad-request', reason });
  });

  test('never throws, and what it accepts stays inside the site, for any target', () => {
    const root = '/srv/site';
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 60 }),
        fc.constantFrom('/', '/c/', '/docker-course/'),
        (tail, base) => {
          const result = parseRequestPath(`/${tail}`, base);
          if (result.kind === 'site') {
            const file = path.join(root, ...result.segments);
            expect(file === root || file.startsWith(`${root}/`)).toBe(true);
            expect(result.segments.every((name) => !/[/\\\0]/u.test(name) && name !== '..' && name !== '.')).toBe(true);
          }
          if (result.kind === 'redirect') expect(result.location).toMatch(/^\/(?!\/)/u);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('folderLocation', () => {
  test('encodes each name and keeps the query', () => {
    expect(folderLocation('/c/', ['레슨', 'a b'], '?x=1')).toBe('/c/%EB%A0%88%EC%8A%A8/a%20b/?x=1');
  });
});
