import { describe, expect, test } from 'vitest';
import { imageReferenceProblem, parseImageReference } from './image-reference.ts';

describe('imageReferenceProblem', () => {
  test.each([
    'ubuntu',
    'ubuntu:22.04',
    'library/ubuntu:latest',
    'raesene/bwapp',
    'ghcr.io/owner/app:1.0',
    'localhost:5000/app',
    'Registry.Example.com/team/app',
    'my_app__x/a-b.c',
    'nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31',
    'ubuntu:Latest',
  ])('returns nothing for %j', (ref) => {
    expect(imageReferenceProblem(ref)).toBeUndefined();
  });

  test.each([
    ['Ubuntu', 'repository name must be lowercase (ubuntu)'],
    ['thddmstn/MyImage:1', 'repository name must be lowercase (thddmstn/myimage:1)'],
    ['ubuntu:22.04:latest', 'an image reference has at most one :tag'],
    [
      'nginx@sha256:123',
      'it does not match [registry/]name[:tag][@digest] (lowercase letters, digits and . _ - separators)',
    ],
    ['', 'the image name is empty'],
    ['-bad', 'it does not match [registry/]name[:tag][@digest] (lowercase letters, digits and . _ - separators)'],
  ])('returns the problem of %j', (ref, problem) => {
    expect(imageReferenceProblem(ref)).toBe(problem);
  });
});

describe('parseImageReference', () => {
  test('returns the domain only for a registry-looking first component', () => {
    expect(parseImageReference('localhost:5000/app:1')).toEqual({ domain: 'localhost:5000', path: 'app', tag: '1' });
    expect(parseImageReference('raesene/bwapp')).toEqual({ path: 'raesene/bwapp' });
  });
});
