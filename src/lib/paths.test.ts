import { describe, expect, test } from 'vitest';
import { isInternal, lessonPath, samePath, withBase } from './paths.ts';

describe('withBase', () => {
  test.each([
    ['/', '', '/'],
    ['/', 'lessons/a/', '/lessons/a/'],
    ['/docker-course', 'lessons/a/', '/docker-course/lessons/a/'],
    ['/docker-course/', '/lessons/a/', '/docker-course/lessons/a/'],
    ['/docker-course/', 'favicon.svg', '/docker-course/favicon.svg'],
  ])('joins base %j and path %j into %j', (base, path, expected) => {
    expect(withBase(base, path)).toBe(expected);
  });
});

describe('lessonPath', () => {
  test('returns the lesson directory path with a trailing slash', () => {
    expect(lessonPath('install-docker')).toBe('lessons/install-docker/');
  });
});

describe('isInternal', () => {
  test.each([
    ['/lessons/a/', true],
    ['#part-1', true],
    ['../b/', true],
    ['https://docs.docker.com/', false],
    ['//cdn.example.com/x.js', false],
    ['mailto:a@b.c', false],
  ])('says whether %j is internal (%s)', (link, expected) => {
    expect(isInternal(link)).toBe(expected);
  });
});

describe('samePath', () => {
  test('returns true for a directory and its index.html', () => {
    expect(samePath('/lessons/a/', '/lessons/a/index.html')).toBe(true);
    expect(samePath('/lessons/a/', '/lessons/b/')).toBe(false);
  });
});
