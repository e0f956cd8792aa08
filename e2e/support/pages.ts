/** Finds built pages by what their HTML contains, so tests follow the course as it grows. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST } from './site.ts';

/** Every built HTML page as a site path (`lessons/a/`) with its HTML, sorted by path. */
export function builtPages(root = DIST): { path: string; html: string }[] {
  const found: { path: string; html: string }[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const relative = path.relative(root, full).split(path.sep).join('/');
        found.push({
          path: relative.replace(/(?:^|\/)index\.html$/u, (m) => (m.startsWith('/') ? '/' : '')),
          html: readFileSync(full, 'utf8'),
        });
      }
    }
  };
  walk(root);
  return found.sort((a, b) => a.path.localeCompare(b.path));
}

/** The site path of the first lesson page whose HTML matches `pattern`. */
export function lessonWith(pattern: RegExp, root = DIST): string {
  const page = builtPages(root).find((p) => p.path.startsWith('lessons/') && pattern.test(p.html));
  if (!page) throw new Error(`no built lesson in ${root} matches ${String(pattern)}`);
  return page.path;
}
