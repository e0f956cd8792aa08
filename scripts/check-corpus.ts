/**
 * `npm run check:corpus -- <folder> [--part <id>] [--keep]`: imports every note of a folder into a
 * scratch copy of the course, builds it, and prints a row per note: imported, builds, lines kept,
 * the command check's errors, title. Builds run under the heavy-work lock. Not part of `npm test`.
 * Exits 1 when a note fails to import or its site does not build.
 */
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importNotes, noteFiles } from './check-corpus/import-notes.ts';
import { buildSite, firstError } from './check-corpus/build-site.ts';
import { formatRows, type NoteRow } from './check-corpus/rows.ts';

const USAGE = 'usage: npm run check:corpus -- <notes folder> [--part <id>] [--keep]';

/** A scratch course: a copy of the course's content, in a folder Astro can build from (inside the project). */
async function scratchCourse(content: string): Promise<string> {
  const root = path.resolve('node_modules/.cache/check-corpus');
  await mkdir(root, { recursive: true });
  const work = await mkdtemp(path.join(root, 'run-'));
  await cp(content, path.join(work, 'content'), { recursive: true });
  return work;
}

/** Sets each row's build result: one build of every note together, and one per note only if that fails. */
async function build(rows: NoteRow[], work: string): Promise<void> {
  const imported = rows.filter((row) => row.importError === undefined);
  const content = path.join(work, 'content');
  console.error(`check-corpus: building the course with ${imported.length} imported lesson(s)…`);
  const all = await buildSite(content, path.join(work, 'all'));
  if (all.ok) {
    for (const row of imported) row.builds = true;
    return;
  }
  // Which lesson breaks it: the course with each lesson alone.
  const lessons = path.join(content, 'lessons');
  const parked = path.join(work, 'parked');
  await mkdir(parked, { recursive: true });
  for (const row of imported) await cp(path.join(lessons, row.slug), path.join(parked, row.slug), { recursive: true });
  for (const row of imported) await rm(path.join(lessons, row.slug), { recursive: true });
  for (const row of imported) {
    console.error(`check-corpus: building the course with ${row.slug} alone…`);
    await cp(path.join(parked, row.slug), path.join(lessons, row.slug), { recursive: true });
    const alone = await buildSite(content, path.join(work, row.slug));
    row.builds = alone.ok;
    if (!alone.ok) row.buildError = firstError(alone.output);
    await rm(path.join(lessons, row.slug), { recursive: true });
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { part: { type: 'string' }, keep: { type: 'boolean', default: false } },
  });
  const folder = positionals[0];
  if (positionals.length !== 1 || folder === undefined) throw new Error(`expected one notes folder\n${USAGE}`);
  const notes = await noteFiles(folder);
  if (notes.length === 0) throw new Error(`${folder}: no .md or .txt notes in this folder\n${USAGE}`);
  const contentDir = process.env['COURSE_CONTENT_DIR'] ?? 'content';
  const work = await scratchCourse(contentDir);
  try {
    const rows = await importNotes(notes, path.join(work, 'content'), values.part);
    await build(rows, work);
    console.log(formatRows(rows));
    const failed = rows.filter((row) => row.importError !== undefined || row.builds === false);
    process.exitCode = failed.length > 0 ? 1 : 0;
    if (values.keep) console.error(`check-corpus: the scratch course is kept in ${path.relative(process.cwd(), work)}`);
  } finally {
    if (!values.keep) await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`check-corpus: error ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
