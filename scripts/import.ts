/**
 * `npm run import -- <note> [--out <dir>] [--force]`: turns a raw note into an MDX lesson.
 * Prints the file it wrote, then every line that needs a person's eye as
 * `path:line:column severity rule message`; exits 1 when a line was lost or nothing was written.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseImportArgs } from './import/args.ts';
import { decode } from './import/decode.ts';
import { readCourse } from './import/course.ts';
import { importNote } from './import/index.ts';
import { writeLesson } from './import/write.ts';

async function main(): Promise<void> {
  const args = parseImportArgs(process.argv.slice(2), process.env);
  const bytes = await readFile(args.note).catch(() => {
    throw new Error(`${args.note}:1:1 error missing-note cannot read the note; check the path`);
  });
  let decoded: ReturnType<typeof decode>;
  try {
    decoded = decode(bytes);
  } catch {
    throw new Error(
      `${args.note}:1:1 error encoding the note is neither UTF-8 nor CP949/EUC-KR; save it as UTF-8 and retry`,
    );
  }
  const { text, encoding } = decoded;
  const course = await readCourse(args.content, args.out);
  if (args.part !== undefined && !course.parts.includes(args.part)) {
    const file = path.join(args.content, 'parts.yaml');
    throw new Error(
      `${file}:1:1 error unknown-part --part "${args.part}" is not a part id here; use one of: ${course.parts.join(', ')}`,
    );
  }
  const noteDir = path.dirname(path.resolve(args.note));
  const result = importNote(text, {
    file: path.basename(args.note),
    parts: course.parts,
    lessons: course.lessons,
    glossary: course.glossary,
    imageExists: (src) => existsSync(path.resolve(noteDir, src)),
    part: args.part,
    order: args.order,
    slug: args.slug,
  });
  const dir = path.join(args.out, result.slug);
  const written = await writeLesson(
    {
      dir,
      mdx: result.mdx,
      images: result.images.map((image) => ({ from: path.resolve(noteDir, image.src), file: image.file })),
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
  const pending = result.issues.filter((issue) => issue.rule === 'pending-screenshot').length;
  console.log(
    `${result.lost.length} line(s) not placed, ${result.issues.length} to review (${pending} pending screenshot(s))`,
  );
  if (result.lost.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  // Messages that already name a file and line are printed as they are, for editors to jump to.
  console.error(/^\S+:\d+:\d+ error /u.test(message) ? message : `import: error ${message}`);
  process.exitCode = 1;
});
