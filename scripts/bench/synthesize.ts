/**
 * Synthetic courses for the benchmark: copies of the real lessons under new slugs and orders, spread
 * over the real parts, so every page carries real prose, code blocks, components and screenshots.
 */
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export interface PlannedLesson {
  slug: string;
  /** The real lesson this one copies. */
  source: string;
  part: string;
  order: number;
}

/** Plans `size` lessons: the real ones first (so links between lessons still resolve), then copies. */
export function planCourse(
  sources: readonly { slug: string; part: string }[],
  parts: readonly string[],
  size: number,
): PlannedLesson[] {
  if (sources.length === 0 || parts.length === 0)
    throw new Error('planCourse: the course has no lessons or no parts to copy from');
  const orders = new Map<string, number>();
  const plan: PlannedLesson[] = [];
  for (let index = 0; index < size; index += 1) {
    const source = sources[index % sources.length] as { slug: string; part: string };
    const copy = index >= sources.length;
    const part = copy ? (parts[index % parts.length] as string) : source.part;
    const order = (orders.get(part) ?? 0) + 1;
    orders.set(part, order);
    plan.push({
      slug: copy ? `${source.slug}-${String(index).padStart(4, '0')}` : source.slug,
      source: source.slug,
      part,
      order,
    });
  }
  return plan;
}

/** `text` (a lesson's MDX) with its frontmatter `part` and `order` replaced. */
export function rewriteFrontmatter(text: string, fields: { part: string; order: number }): string {
  const end = text.indexOf('\n---', 4);
  if (!text.startsWith('---') || end < 0) throw new Error('rewriteFrontmatter: the lesson has no frontmatter block');
  const head = text
    .slice(0, end)
    .replace(/^part:.*$/mu, `part: ${fields.part}`)
    .replace(/^order:.*$/mu, `order: ${fields.order}`);
  return head + text.slice(end);
}

/** The slug and part of every lesson under `contentDir`, in slug order. */
export async function readLessons(contentDir: string): Promise<{ slug: string; part: string; text: string }[]> {
  const lessonsDir = path.join(contentDir, 'lessons');
  const slugs = (await readdir(lessonsDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const lessons = [];
  for (const slug of slugs) {
    const file = path.join(lessonsDir, slug, 'index.mdx');
    if (!existsSync(file)) continue;
    const text = await readFile(file, 'utf8');
    const part = /^part:\s*(\S+)/mu.exec(text)?.[1];
    if (!part) throw new Error(`${file}: no \`part:\` in the frontmatter`);
    lessons.push({ slug, part, text });
  }
  return lessons;
}

/** Writes a course of `size` lessons copied from `contentDir` into `outDir`; returns the plan. */
export async function synthesizeCourse(contentDir: string, outDir: string, size: number): Promise<PlannedLesson[]> {
  const lessons = await readLessons(contentDir);
  const parts = (parse(await readFile(path.join(contentDir, 'parts.yaml'), 'utf8')) as { id: string }[]).map(
    (part) => part.id,
  );
  await mkdir(path.join(outDir, 'lessons'), { recursive: true });
  for (const entry of await readdir(contentDir, { withFileTypes: true })) {
    if (entry.name !== 'lessons')
      await cp(path.join(contentDir, entry.name), path.join(outDir, entry.name), { recursive: true });
  }
  const texts = new Map(lessons.map((lesson) => [lesson.slug, lesson.text]));
  const plan = planCourse(lessons, parts, size);
  for (const lesson of plan) {
    const dir = path.join(outDir, 'lessons', lesson.slug);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'index.mdx'), rewriteFrontmatter(texts.get(lesson.source) ?? '', lesson));
    const images = path.join(contentDir, 'lessons', lesson.source, 'images');
    if (existsSync(images)) await cp(images, path.join(dir, 'images'), { recursive: true });
  }
  return plan;
}
