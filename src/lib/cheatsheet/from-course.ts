/** Feeds the course's lessons to the cheat sheet, with the paths its error messages name and the checker's findings. */
import { readFile } from 'node:fs/promises';
import { checkBlocks } from '../../../packages/check-commands/index.ts';
import type { LessonSource } from './cheatsheet.ts';

export interface LessonEntry {
  id: string;
  title: string;
  filePath?: string | undefined;
  body?: string | undefined;
}

/**
 * Reads each lesson's MDX file (frontmatter included, so error lines match the file) and checks
 * its blocks once, as `npm run check:commands` does, so the sheet can mark outdated forms.
 */
export async function lessonSources(lessons: readonly LessonEntry[]): Promise<LessonSource[]> {
  const sources = await Promise.all(
    lessons.map(async (lesson) => {
      const file = lesson.filePath ?? `content/lessons/${lesson.id}/index.mdx`;
      const body = await readFile(file, 'utf8').catch(() => lesson.body ?? '');
      return { id: lesson.id, title: lesson.title, file, body };
    }),
  );
  const { blocks } = await checkBlocks(sources.map(({ file, body }) => ({ file, text: body })));
  return sources.map((source) => ({
    ...source,
    findings: blocks.filter((report) => report.file === source.file).flatMap((report) => report.diagnostics),
  }));
}
