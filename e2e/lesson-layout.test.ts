/** A lesson written as lessons/<slug>.mdx, which the course would not load, stops the build and is named. */
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, onTestFinished, test } from 'vitest';
import { buildSite } from './support/build.ts';

test('astro build fails naming lessons/new-lesson.mdx and the layout it expects', async () => {
  const work = await mkdtemp(path.join(tmpdir(), 'lesson-layout-'));
  onTestFinished(() => rm(work, { recursive: true, force: true }));
  const course = path.join(work, 'course');
  await cp('e2e/fixtures/course', course, { recursive: true });
  const [first = ''] = await readdir(path.join(course, 'lessons'));
  await cp(path.join(course, 'lessons', first, 'index.mdx'), path.join(course, 'lessons', 'new-lesson.mdx'));
  const lessons = path.join(course, 'lessons');
  await expect(buildSite({ content: course })).rejects.toThrow(
    `${lessons}/new-lesson.mdx:1:1 error lesson-layout this file is not part of the course: ` +
      `a lesson is ${lessons}/<slug>/index.mdx, with its images in ${lessons}/<slug>/images/. ` +
      `Move it to ${lessons}/new-lesson/index.mdx.`,
  );
});
