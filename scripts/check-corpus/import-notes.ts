/** Imports every note of a folder into a course's lessons folder, as `npm run import` would, one row per note. */
import { readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readCourse } from '../import/course.ts';
import { importNote } from '../import/index.ts';
import { writeLesson } from '../import/write.ts';
import { imageBeside, imagePath, readNote } from '../import/read-note.ts';
import { checkImported, formatFinding } from '../import/check.ts';
import { toLines } from '../import/normalize.ts';
import type { NoteRow } from './rows.ts';

/** Note files in `folder`: text and Markdown files, sorted by name. */
export async function noteFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(?:md|markdown|txt)$/iu.test(entry.name))
    .map((entry) => path.join(folder, entry.name))
    .sort();
}

/** `slug`, or `slug-2`, `slug-3`, … when a lesson of that name exists. */
export function freeSlug(slug: string, exists: (slug: string) => boolean): string {
  let candidate = slug;
  for (let n = 2; exists(candidate); n += 1) candidate = `${slug}-${n}`;
  return candidate;
}

/** Imports `note` into `content/lessons`; the row has no build result yet. */
async function importOne(note: string, content: string, part: string | undefined): Promise<NoteRow> {
  const name = path.basename(note);
  const empty = { note: name, slug: '', title: '', lines: 0, kept: 0, errors: [], builds: undefined };
  try {
    const { text } = await readNote(note);
    const lessonsDir = path.join(content, 'lessons');
    const course = await readCourse(content, lessonsDir);
    const options = {
      file: name,
      parts: course.parts,
      lessons: course.lessons,
      glossary: course.glossary,
      imageExists: (src: string) => imageBeside(note, src),
      part,
    };
    // A note named like a lesson of the course goes beside it, as `npm run import -- --slug` would put it.
    const first = importNote(text, options);
    const slug = freeSlug(first.slug, (taken) => existsSync(path.join(lessonsDir, taken)));
    const result = slug === first.slug ? first : importNote(text, { ...options, slug });
    if (result.unsafe.length > 0) return { ...empty, importError: result.unsafe.map((u) => u.message).join('; ') };
    const file = await writeLesson(
      {
        dir: path.join(lessonsDir, result.slug),
        mdx: result.mdx,
        images: result.images.map((image) => ({ from: imagePath(note, image.src), file: image.file })),
      },
      false,
    );
    const findings = await checkImported(path.relative(process.cwd(), file), result.mdx, result.sources);
    const lines = toLines(text).filter((line) => line.trim() !== '').length;
    return {
      note: name,
      slug: result.slug,
      title: result.frontmatter.title,
      titleGuessed: result.issues.some((issue) => issue.rule === 'title-guessed'),
      lines,
      kept: lines - result.lost.length,
      errors: findings.filter((f) => f.severity === 'error').map((f) => formatFinding(f, note)),
      builds: undefined,
    };
  } catch (error) {
    return { ...empty, importError: error instanceof Error ? error.message : String(error) };
  }
}

/** Imports the notes one after another (each sees the lessons before it, for a free order and slug). */
export async function importNotes(notes: readonly string[], content: string, part?: string): Promise<NoteRow[]> {
  const rows: NoteRow[] = [];
  for (const note of notes) rows.push(await importOne(note, content, part));
  return rows;
}
