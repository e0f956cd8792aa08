import { describe, expect, test } from 'vitest';
import { parseImportArgs } from './args.ts';

describe('parseImportArgs', () => {
  test('returns defaults under content/ when only the note is given', () => {
    expect(parseImportArgs(['notes/005.txt'])).toEqual({
      note: 'notes/005.txt',
      out: 'content/lessons',
      content: 'content',
      force: false,
      part: undefined,
      order: undefined,
      slug: undefined,
    });
  });

  test('returns the course from COURSE_CONTENT_DIR when no --content is given', () => {
    expect(parseImportArgs(['n.txt', '--force', '--order', '3'], { COURSE_CONTENT_DIR: '/tmp/course' })).toMatchObject({
      out: '/tmp/course/lessons',
      force: true,
      order: 3,
    });
  });

  test.each([
    [[], 'expected one note file, got 0'],
    [['a.txt', 'b.txt'], 'expected one note file, got 2'],
    [['a.txt', '--order', '1.5'], '--order must be a positive whole number, got "1.5"'],
    [
      ['a.txt', '--slug', 'Docker 볼륨'],
      '--slug must be lowercase ASCII words joined by hyphens (e.g. docker-volumes), got "Docker 볼륨"',
    ],
  ])('throws a message and the usage when the arguments are %j', (argv, message) => {
    expect(() => parseImportArgs(argv)).toThrow(message);
  });
});
