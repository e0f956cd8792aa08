import { describe, expect, test } from 'vitest';
import { lessonSource, locateLink } from './source.ts';

describe('lessonSource', () => {
  test.each([
    ['lessons/install-docker/index.html', 'content', 'content/lessons/install-docker/index.mdx'],
    ['lessons/a/index.html', '/tmp/course/content/', '/tmp/course/content/lessons/a/index.mdx'],
    ['index.html', 'content', undefined],
    ['lessons/a/images/x.html', 'content', undefined],
  ])('maps %j in %j to %j', (page, contentDir, expected) => {
    expect(lessonSource(page, contentDir)).toBe(expected);
  });
});

describe('locateLink', () => {
  const source =
    '---\ntitle: a\n---\n\n본문 [설치](/lessons/b/#설치)와\n<Term id="x">x</Term> [문서](https://docs.docker.com/)\n';

  test('returns the line and column of a markdown link target', () => {
    expect(locateLink(source, 'https://docs.docker.com/')).toEqual({ line: 6, column: 28 });
  });

  test('returns the position of a percent-encoded link written in Korean', () => {
    expect(locateLink(source, '/lessons/b/#%EC%84%A4%EC%B9%98')).toEqual({ line: 5, column: 9 });
  });

  test('returns undefined when the source does not write the link', () => {
    expect(locateLink(source, '/_astro/a.css')).toBeUndefined();
  });
});
