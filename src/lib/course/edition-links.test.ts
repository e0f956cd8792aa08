import { describe, expect, test } from 'vitest';
import { instructorLinkRewriter } from './edition-links.ts';

describe('instructorLinkRewriter', () => {
  const rewrite = instructorLinkRewriter('/course/', ['docker-run', 'install']);

  test.each([
    ['a lesson', '../docker-run/', '/course/instructor/lessons/docker-run/'],
    ['a section of a lesson', '../install/#설치', '/course/instructor/lessons/install/#%EC%84%A4%EC%B9%98'],
    ['another page of the site', '../../glossary/', '/course/glossary/'],
    ['a lesson not in the course', '../gone/', '/course/lessons/gone/'],
  ])('returns the instructor edition’s link for %s', (_name, href, expected) => {
    expect(rewrite(href, 'docker-run')).toBe(expected);
  });

  test.each([['#절'], ['https://docs.docker.com/'], ['mailto:a@b.c']])('keeps %s as it is', (href) => {
    expect(rewrite(href, 'docker-run')).toBeUndefined();
  });
});
