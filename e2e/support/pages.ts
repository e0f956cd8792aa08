/** Finds built pages by what their HTML contains, so tests follow the course as it grows. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST } from './site.ts';

/** Every built HTML page as a site path (`lessons/a/`) with its HTML, sorted by path. */
export function builtPages(root = DIST): { path: string; html: string }[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({
      path: file
        .split(path.sep)
        .join('/')
        .replace(/(^|\/)index\.html$/u, '$1'),
      html: readFileSync(path.join(root, file), 'utf8'),
    }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** The site path of the first lesson page whose HTML matches `pattern`. */
export function lessonWith(pattern: RegExp, root = DIST): string {
  const page = builtPages(root).find((p) => p.path.startsWith('lessons/') && pattern.test(p.html));
  if (!page) throw new Error(`no built lesson in ${root} matches ${String(pattern)}`);
  return page.path;
}
