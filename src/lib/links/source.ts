/**
 * Points a problem found in built HTML back at what an author edits: a lesson page
 * `lessons/<slug>/index.html` comes from `<content>/lessons/<slug>/index.mdx`.
 */
import { safeDecode } from '../paths.ts';

export interface Position {
  line: number;
  column: number;
}

/** The lesson source of a built page, or undefined when the page is not a lesson. */
export function lessonSource(page: string, contentDir: string): string | undefined {
  const slug = /^lessons\/([^/]+)\/index\.html$/u.exec(page)?.[1];
  return slug ? `${contentDir.replace(/\/+$/u, '')}/lessons/${slug}/index.mdx` : undefined;
}

/** The 1-based position of the first place `source` writes `link` (as written, or percent-decoded). */
export function locateLink(source: string, link: string): Position | undefined {
  const texts = [...new Set([link, safeDecode(link)])];
  const needles = [
    ...texts.map((text) => ['](', text]),
    ...texts.map((text) => ['"', text]),
    ...texts.map((text) => ['', text]),
  ];
  for (const [prefix = '', text = ''] of needles) {
    const index = source.indexOf(`${prefix}${text}`);
    if (index < 0) continue;
    const offset = index + prefix.length;
    const before = source.slice(0, offset);
    return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
  }
  return undefined;
}
