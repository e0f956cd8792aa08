import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { mdxToJs } from 'satteri';
import { exercises, lessonIdOf } from './exercises.ts';

const FILE = path.resolve('content/lessons/docker-run/index.mdx');

/** Compiles synchronously: the plugin's visitors are synchronous, so Sätteri returns the result itself. */
function compile(source: string): string {
  const result = mdxToJs(source, { mdastPlugins: [exercises()], fileURL: pathToFileURL(FILE) });
  if (result instanceof Promise) throw new Error('mdxToJs went asynchronous');
  return result.code;
}

const SOLUTION = '<Solution>\n\n```console\n$ docker ps -a\n```\n\n</Solution>';

describe('exercises', () => {
  test('returns the lesson and the place in the lesson on each exercise and note', () => {
    const code = compile(
      `# 제목\n\n<Exercise>\n첫 과제\n\n<Hint>힌트</Hint>\n\n${SOLUTION}\n</Exercise>\n\n<InstructorNote>메모</InstructorNote>\n\n<Exercise title="둘째">\n둘째 과제\n</Exercise>\n`,
    );
    expect(code.match(/lesson: "docker-run",\s*n: "\d"/gu)).toEqual([
      'lesson: "docker-run",\n            n: "1"',
      'lesson: "docker-run",\n            n: "1"',
      'lesson: "docker-run",\n            n: "2"',
    ]);
    expect(code).toContain('title: "둘째"');
  });

  test('replaces a lesson or n the author wrote', () => {
    const code = compile('<Exercise n="9" lesson="x">\n과제\n</Exercise>\n');
    expect(code).not.toMatch(/"9"|"x"/u);
    expect(code).toMatch(/n: "1"/u);
  });

  test.each([
    [
      'a solution outside an exercise',
      `문단\n\n${SOLUTION}\n`,
      'docker-run/index.mdx:3:1 error exercise-part <Solution> is outside an <Exercise>',
    ],
    [
      'an inline hint outside an exercise',
      '문단 <Hint>힌트</Hint>\n',
      'index.mdx:1:4 error exercise-part <Hint> is outside an <Exercise>',
    ],
    [
      'an exercise with no task',
      `<Exercise title="빈 실습">\n\n${SOLUTION}\n\n</Exercise>\n`,
      'index.mdx:1:1 error exercise-task <Exercise> has no task',
    ],
    ['an empty exercise', '\n\n<Exercise>\n</Exercise>\n', 'index.mdx:3:1 error exercise-task'],
    [
      'an exercise with only an instructor note',
      '<Exercise>\n<InstructorNote>메모</InstructorNote>\n</Exercise>\n',
      'index.mdx:1:1 error exercise-task',
    ],
    [
      'an exercise inside another',
      '<Exercise>\n과제\n\n<Exercise>\n안쪽\n</Exercise>\n</Exercise>\n',
      'index.mdx:4:1 error exercise-nested',
    ],
  ])('throws naming the file, line and rule for %s', (_name, source, message) => {
    expect(() => compile(source)).toThrow(message);
  });

  test('accepts a solution in a nested component inside an exercise', () => {
    expect(() => compile(`<Exercise>\n과제\n\n<Callout>\n\n${SOLUTION}\n\n</Callout>\n</Exercise>\n`)).not.toThrow();
  });
});

describe('lessonIdOf', () => {
  test('returns the folder name of the lesson file, and "" without one', () => {
    expect(lessonIdOf(pathToFileURL(FILE))).toBe('docker-run');
    expect(lessonIdOf(undefined)).toBe('');
  });
});
