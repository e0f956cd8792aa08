import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { assertLessonLayout, lessonLayoutErrors, strayLessonFiles } from './lesson-layout.ts';

describe('strayLessonFiles', () => {
  test('returns the Markdown files the lessons collection would not load', () => {
    expect(
      strayLessonFiles([
        'a/index.mdx',
        'a/images/shot.png',
        'new-lesson.mdx',
        'b/index.md',
        'c/notes.mdx',
        'd/e/index.mdx',
        'README.md',
      ]),
    ).toEqual(['README.md', 'b/index.md', 'c/notes.mdx', 'd/e/index.mdx', 'new-lesson.mdx']);
  });
});

describe('lessonLayoutErrors', () => {
  test('names each file, the layout it expects and where to move it', () => {
    expect(lessonLayoutErrors('content/lessons', ['new-lesson.mdx', 'b/index.md', 'a/index.mdx']))
      .toMatchInlineSnapshot(`
      [
        "content/lessons/b/index.md:1:1 error lesson-layout this file is not part of the course: a lesson is content/lessons/<slug>/index.mdx, with its images in content/lessons/<slug>/images/. Move it to content/lessons/b/index.mdx.",
        "content/lessons/new-lesson.mdx:1:1 error lesson-layout this file is not part of the course: a lesson is content/lessons/<slug>/index.mdx, with its images in content/lessons/<slug>/images/. Move it to content/lessons/new-lesson/index.mdx.",
      ]
    `);
  });
});

describe('assertLessonLayout', () => {
  test('throws for a lesson written beside the folders, and passes the real course', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lessons-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    await mkdir(path.join(dir, 'a'));
    await writeFile(path.join(dir, 'a', 'index.mdx'), '');
    await expect(assertLessonLayout(dir)).resolves.toBeUndefined();
    await writeFile(path.join(dir, 'x.mdx'), '');
    await expect(assertLessonLayout(dir)).rejects.toThrow(
      /x\.mdx:1:1 error lesson-layout .* Move it to .*x\/index\.mdx\./u,
    );
    await expect(assertLessonLayout('content/lessons')).resolves.toBeUndefined();
  });
});
