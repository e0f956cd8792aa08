import { describe, expect, test } from 'vitest';
import { lessonLinkResolver } from './lesson-link.ts';

describe('lessonLinkResolver', () => {
  const resolve = lessonLinkResolver('/docker-course/', ['docker-run', 'install-docker']);

  test('resolves a relative link against the lesson it was written in and names the lesson it opens', () => {
    const link = resolve('../install-docker/#설치', 'docker-run');
    expect(link?.lesson).toBe('install-docker');
    expect(link?.url.pathname).toBe('/docker-course/lessons/install-docker/');
    expect(link?.url.hash).toBe('#%EC%84%A4%EC%B9%98');
  });

  test('names no lesson for another page of the site, even without its trailing slash', () => {
    expect(resolve('/docker-course/glossary/', 'docker-run')?.lesson).toBeUndefined();
    expect(resolve('/docker-course/lessons/docker-run', 'install-docker')?.lesson).toBe('docker-run');
  });

  test('returns undefined for another site and for an anchor on the same page', () => {
    expect(resolve('https://docs.docker.com/', 'docker-run')).toBeUndefined();
    expect(resolve('#options', 'docker-run')).toBeUndefined();
  });
});
