import { describe, expect, test } from 'vitest';
import { fromLesson, sectionHref } from './lesson-links.ts';

describe('fromLesson', () => {
  test.each([
    ['../docker-run/', '/lessons/docker-run/'],
    ['../install-docker/#docker-compose-설치', '/lessons/install-docker/#docker-compose-%EC%84%A4%EC%B9%98'],
    ['#x', '/lessons/mysql/#x'],
    ['https://docs.docker.com/', 'https://docs.docker.com/'],
  ])('returns %s quoted from /lessons/mysql/ as %s', (link, expected) => {
    expect(fromLesson(link, '/lessons/mysql/')).toBe(expected);
  });
});

describe('sectionHref', () => {
  test('returns the lesson at the section, or the lesson for the top', () => {
    expect(sectionHref('/lessons/a/', '설치')).toBe('/lessons/a/#%EC%84%A4%EC%B9%98');
    expect(sectionHref('/lessons/a/', '')).toBe('/lessons/a/');
  });
});
