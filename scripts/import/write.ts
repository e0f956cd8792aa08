/** Writes a lesson atomically (temporary file, then rename) and never over an existing one unless forced. */
import { access, copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface LessonFiles {
  /** The lesson folder, `…/lessons/<slug>`. */
  dir: string;
  mdx: string;
  /** Images to copy into `<dir>/images/`: absolute source path and file name. */
  images: { from: string; file: string }[];
}

/** True when `file` exists. */
async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/** Writes `<dir>/index.mdx` and its images; throws when the lesson exists and `force` is false. Returns the file written. */
export async function writeLesson({ dir, mdx, images }: LessonFiles, force: boolean): Promise<string> {
  const target = path.join(dir, 'index.mdx');
  if (!force && (await exists(target))) {
    throw new Error(
      `${target}:1:1 error lesson-exists the lesson already exists; pass --force to replace it, or --slug <name> to import beside it`,
    );
  }
  await mkdir(path.join(dir, images.length > 0 ? 'images' : ''), { recursive: true });
  for (const image of images) await atomic(path.join(dir, 'images', image.file), (temp) => copyFile(image.from, temp));
  await atomic(target, (temp) => writeFile(temp, mdx, 'utf8'));
  return target;
}

/** Writes through a temporary file in the same folder, so readers see the old file or the new one, never half. */
async function atomic(target: string, write: (temp: string) => Promise<void>): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    await write(temp);
    await rename(temp, target);
  } finally {
    await rm(temp, { force: true });
  }
}
