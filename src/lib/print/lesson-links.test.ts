import { describe, expect, test } from 'vitest';
import { lessonLinkRewriter } from './lesson-links.ts';

describe('lessonLinkRewriter', () => {
  const rewrite = lessonLinkRewriter('/docker-course/', ['install-docker', 'docker-and-vm']);

  test.each([
    ['/docker-course/lessons/install-docker/', '#install-docker'],
    ['/docker-course/lessons/install-docker', '#install-docker'],
    ['/docker-course/lessons/install-docker/#', '#install-docker'],
    ['/docker-course/lessons/docker-and-vm/#비교', '#docker-and-vm--비교'],
    ['../install-docker/', '#install-docker'],
    ['../docker-and-vm/#%EB%B9%84%EA%B5%90', '#docker-and-vm--비교'],
  ])('returns the in-page anchor for %j, a lesson on the same page', (href, expected) => {
    expect(rewrite(href, 'docker-and-vm')).toBe(expected);
  });

  test.each([
    ['../other/#a', '/docker-course/lessons/other/#a'],
    ['./images/a.png', '/docker-course/lessons/docker-and-vm/images/a.png'],
    ['../../glossary/#image', '/docker-course/glossary/#image'],
  ])('returns the site path of %j, a relative link to a page not printed here', (href, expected) => {
    expect(rewrite(href, 'docker-and-vm')).toBe(expected);
  });

  test.each([['/docker-course/lessons/other/'], ['https://docs.docker.com/'], ['#local'], ['mailto:a@b.c']])(
    'returns undefined for %j, which works as it is',
    (href) => {
      expect(rewrite(href, 'docker-and-vm')).toBeUndefined();
    },
  );
});

describe('lessonLinkRewriter with a stray percent sign', () => {
  const rewrite = lessonLinkRewriter('/', ['a']);
  test('keeps a link whose path or fragment is not valid percent-encoding, for the link check to report', () => {
    expect(rewrite('../b/100%/', 'a')).toBe('/lessons/b/100%/');
    expect(rewrite('../a/#50%', 'a')).toBe('#a--50%');
  });
});
