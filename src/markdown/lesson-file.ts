/** The lesson file a Sätteri plugin is compiling, as a path relative to the project for messages. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** `content/lessons/<id>/index.mdx` for `file:///…/content/lessons/<id>/index.mdx`; undefined without a file. */
export function lessonFile(fileURL: URL | undefined): string | undefined {
  if (!fileURL) return undefined;
  return path.relative(process.cwd(), fileURLToPath(fileURL)).split(path.sep).join('/');
}
