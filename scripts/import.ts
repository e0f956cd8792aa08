/**
 * `npm run import -- <note> [--out <dir>] [--force]`: turns a raw note into an MDX lesson.
 * Prints the file it wrote, then every line that needs a person's eye as
 * `path:line:column severity rule message`, then the command check's findings on the lesson (each
 * also at its note line); exits 1 when a line was lost or nothing was written.
 */
import path from 'node:path';
import { parseImportArgs } from './import/args.ts';
import { readCourse } from './import/course.ts';
import { importNote } from './import/index.ts';
import { writeLesson } from './import/write.ts';
import { imageBeside, imagePath, readNote } from './import/read-note.ts';
import { checkImported, formatFinding, unexplainedCommands } from './import/check.ts';

async function main(): Promise<void> {
  const args = parseImportArgs(process.argv.slice(2), process.env);
  const { text, encoding } = await readNote(args.note);
  const course = await readCourse(args.content, args.out);
  if (args.part !== undefined && !course.parts.includes(args.part)) {
    const file = path.join(args.content, 'parts.yaml');
    throw new Error(
      `${file}:1:1 error unknown-part --part "${args.part}" is not a part id here; use one of: ${course.parts.join(', ')}`,
    );
  }
  const result = importNote(text, {
    file: path.basename(args.note),
    parts: course.parts,
    lessons: course.lessons,
    glossary: course.glossary,
    imageExists: (src) => imageBeside(args.note, src),
    part: args.part,
    order: args.order,
    slug: args.slug,
  });
  for (const issue of result.unsafe) console.log(`${args.note}:${issue.line}:1 error ${issue.rule} ${issue.message}`);
  if (result.unsafe.length > 0) {
    process.exitCode = 1;
    return;
  }
  const dir = path.join(args.out, result.slug);
  const written = await writeLesson(
    {
      dir,
      mdx: result.mdx,
      images: result.images.map((image) => ({ from: imagePath(args.note, image.src), file: image.file })),
    },
    args.force,
  );
  const { part, order } = result.frontmatter;
  console.log(
    `wrote ${written}: "${result.frontmatter.title}" (${encoding}, part ${part}, order ${order}, ${result.images.length} image(s) copied)`,
  );
  for (const issue of result.issues) console.log(`${args.note}:${issue.line}:1 warning ${issue.rule} ${issue.message}`);
  for (const line of result.lost) {
    console.log(
      `${args.note}:${line}:1 error lost-line the words of this line are not in ${written}; add them by hand`,
    );
  }
  // The build's command check, now: a real mistake in the note is cheaper to fix before the first build.
  const findings = await checkImported(written, result.mdx, result.sources);
  for (const finding of findings) console.log(formatFinding(finding, args.note));
  // The cheat sheet stops the build too, on a Docker command it has no Korean explanation for.
  for (const line of unexplainedCommands(written, result.mdx)) console.log(line);
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const pending = result.issues.filter((issue) => issue.rule === 'pending-screenshot').length;
  console.log(
    `${result.lost.length} line(s) not placed, ${result.issues.length} to review (${pending} pending screenshot(s)), ` +
      `${errors} command error(s) the build would stop at`,
  );
  if (result.lost.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  // Messages that already name a file and line are printed as they are, for editors to jump to.
  console.error(/^\S+:\d+:\d+ error /u.test(message) ? message : `import: error ${message}`);
  process.exitCode = 1;
});
