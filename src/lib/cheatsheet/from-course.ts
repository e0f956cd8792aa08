/** Feeds the course's lessons to the cheat sheet, with the paths its error messages name. */
import { readFile } from 'node:fs/promises';
import type { LessonSource } from './cheatsheet.ts';

export interface LessonEntry {
  id: string;
  title: string;
  filePath?: string | undefined;
  body?: string | undefined;
}

/** Reads each lesson's MDX file (frontmatter included, so error lines match the file). */
export async function lessonSources(lessons: readonly LessonEntry[]): Promise<LessonSource[]> {
  return Promise.all(
    lessons.map(async (lesson) => {
      const file = lesson.filePath ?? `content/lessons/${lesson.id}/index.mdx`;
      const body = await readFile(file, 'utf8').catch(() => lesson.body ?? '');
      return { id: lesson.id, title: lesson.title, file, body };
    }),
  );
}
