/** Reads what the importer needs from a course folder: part ids, glossary terms, existing lessons. */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import type { GlossaryTerm } from './frontmatter.ts';

export interface Course {
  parts: string[];
  glossary: GlossaryTerm[];
  lessons: { slug: string; part: string; order: number }[];
}

/** Part ids from parts.yaml, or throws naming the file and what is wrong. */
export async function readParts(file: string): Promise<string[]> {
  const data: unknown = parse(await readFile(file, 'utf8'));
  const ids = Array.isArray(data) ? data.map((part: unknown) => (part as { id?: unknown } | null)?.id) : [];
  if (ids.length === 0 || !ids.every((id): id is string => typeof id === 'string')) {
    throw new Error(`${file}: expected a list of parts with an "id" each (e.g. "- id: setup")`);
  }
  return ids;
}

/** Glossary terms from glossary.yaml; a missing file means no terms. */
export async function readGlossary(file: string): Promise<GlossaryTerm[]> {
  const text = await readFile(file, 'utf8').catch(() => '[]');
  const data: unknown = parse(text);
  if (!Array.isArray(data)) throw new Error(`${file}: expected a list of terms`);
  return data.map((term: Partial<GlossaryTerm>) => ({
    id: String(term.id ?? ''),
    ko: String(term.ko ?? ''),
    en: String(term.en ?? ''),
    aliases: Array.isArray(term.aliases) ? term.aliases.map(String) : [],
  }));
}

/** Part and order of every `<slug>/index.mdx` under `lessonsDir` (a missing folder holds none). */
export async function readLessons(lessonsDir: string): Promise<Course['lessons']> {
  const entries = await readdir(lessonsDir, { withFileTypes: true }).catch(() => []);
  const lessons: Course['lessons'] = [];
  for (const entry of entries.filter((candidate) => candidate.isDirectory())) {
    const text = await readFile(path.join(lessonsDir, entry.name, 'index.mdx'), 'utf8').catch(() => '');
    const yaml = /^---\r?\n([\s\S]*?)\r?\n---/u.exec(text)?.[1];
    if (yaml === undefined) continue;
    const data = parse(yaml) as { part?: unknown; order?: unknown } | null;
    if (typeof data?.part === 'string' && typeof data.order === 'number') {
      lessons.push({ slug: entry.name, part: data.part, order: data.order });
    }
  }
  return lessons;
}

/** Everything at once, for the CLI. */
export async function readCourse(contentDir: string, lessonsDir: string): Promise<Course> {
  const [parts, glossary, lessons] = await Promise.all([
    readParts(path.join(contentDir, 'parts.yaml')),
    readGlossary(path.join(contentDir, 'glossary.yaml')),
    readLessons(lessonsDir),
  ]);
  return { parts, glossary, lessons };
}
