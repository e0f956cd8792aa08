import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { isInternal, lessonOfPath, lessonPath, malformedEscape, safeDecode, withBase } from './paths.ts';

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

describe('safeDecode', () => {
  test.each([
    ['plain', 'plain'],
    ['a%20b', 'a b'],
    ['%EB%B9%84%EA%B5%90', '비교'],
    ['100%', '100%'],
    ['100%.png', '100%.png'],
    ['%E0%A4%A', '%E0%A4%A'],
    ['%zz%20', '%zz '],
    ['%EB%B9%84%E0%A4', '비%E0%A4'],
    ['%C0%AE', '%C0%AE'],
    ['a%2Fb', 'a/b'],
  ])('decodes %j as %j', (text, expected) => {
    expect(safeDecode(text)).toBe(expected);
  });

  test('never throws, and decodes whatever encodeURIComponent wrote, for any text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 30 }),
        fc.string({ unit: 'binary', maxLength: 30 }),
        (text, noise) => {
          expect(safeDecode(encodeURIComponent(text))).toBe(text);
          expect(typeof safeDecode(noise)).toBe('string');
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('malformedEscape', () => {
  test.each([
    ['./images/a%20b.png', undefined],
    ['./images/100%.png', '%.p'],
    ['%E0%A4%A', '%E0%A4'],
    ['%zz', '%zz'],
  ])('finds the first malformed escape of %j: %j', (text, expected) => {
    expect(malformedEscape(text)).toBe(expected);
  });
});

describe('lessonOfPath', () => {
  test.each([
    ['/docker-course/lessons/docker-run/#포트', 'docker-run'],
    ['../../lessons/a/index.html', 'a'],
    [`lessons/b/`, 'b'],
    ['/keypoints/#lesson-a', undefined],
    ['/mylessons/a/', undefined],
  ])('%s → %s', (href, expected) => {
    expect(lessonOfPath(href)).toBe(expected);
  });

  test('returns the id lessonPath made', () => {
    expect(lessonOfPath(lessonPath('image-layers'))).toBe('image-layers');
  });
});
