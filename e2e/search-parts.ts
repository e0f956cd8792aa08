/** Which lessons belong to a part, read from the content the site was built from. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const CONTENT = process.env['COURSE_CONTENT_DIR'] ?? 'content';

/** The lesson ids whose frontmatter names `part`. */
export function lessonsOfPart(part: string): string[] {
  const lessons = path.join(CONTENT, 'lessons');
  return readdirSync(lessons).filter((id) => {
    const source = readFileSync(path.join(lessons, id, 'index.mdx'), 'utf8');
    const frontmatter = /^---\n([\s\S]*?)\n---/u.exec(source)?.[1] ?? '';
    return (parse(frontmatter) as { part?: string } | null)?.part === part;
  });
}
