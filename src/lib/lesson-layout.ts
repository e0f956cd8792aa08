/**
 * The one layout the lessons collection loads (src/content.config.ts): `lessons/<slug>/index.mdx`.
 * Any other Markdown or MDX file under lessons/ (`lessons/new-lesson.mdx`, `lessons/a/index.md`)
 * would be left out of the course without a word, so the build stops and names it.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

const LESSON = /^[^/]+\/index\.mdx$/u;
const MARKDOWN = /\.mdx?$/iu;

/** Where the file at `file` (relative to lessons/, `/`-separated) belongs: `a.mdx` → `a/index.mdx`. */
function expectedPlace(file: string): string {
  const parts = file.split('/');
  const name = parts.at(-1) ?? file;
  const stem = name.replace(MARKDOWN, '');
  return `${stem === 'index' ? (parts.at(-2) ?? 'new-lesson') : stem}/index.mdx`;
}

/** The Markdown and MDX files among `files` (relative to lessons/) that the collection would not load. */
export function strayLessonFiles(files: readonly string[]): string[] {
  return files.filter((file) => MARKDOWN.test(file) && !LESSON.test(file)).sort();
}

/** One `file:1:1 error lesson-layout …` line per stray file under `lessonsDir`. */
export function lessonLayoutErrors(lessonsDir: string, files: readonly string[]): string[] {
  const relative = path.relative(process.cwd(), lessonsDir);
  const shown = relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? lessonsDir : relative;
  return strayLessonFiles(files).map(
    (file) =>
      `${shown}/${file}:1:1 error lesson-layout this file is not part of the course: ` +
      `a lesson is ${shown}/<slug>/index.mdx, with its images in ${shown}/<slug>/images/. ` +
      `Move it to ${shown}/${expectedPlace(file)}.`,
  );
}

/** Throws the lesson-layout errors of `lessonsDir`, if any. */
export async function assertLessonLayout(lessonsDir: string): Promise<void> {
  const entries = await readdir(lessonsDir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(lessonsDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
  const errors = lessonLayoutErrors(lessonsDir, files);
  if (errors.length > 0) throw new Error(errors.join('\n'));
}
