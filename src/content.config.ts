import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { assertLessonLayout } from './lib/lesson-layout.ts';
import { toNoteLine } from './lib/course/note-line.ts';

// COURSE_CONTENT_DIR points the site at another course (importer fixtures, benchmark courses).
const root = process.env['COURSE_CONTENT_DIR'] ?? 'content';

/** Course parts: the chapters lessons are grouped under, in order. */
const parts = defineCollection({
  loader: file(`${root}/parts.yaml`),
  schema: z.object({
    title: z.string().min(1),
    order: z.number().int().positive(),
    summary: z.string().min(1),
  }),
});

const lessonFiles = glob({
  pattern: '*/index.mdx',
  base: `${root}/lessons`,
  generateId: ({ entry }) => entry.split('/')[0] ?? entry,
});

/**
 * A key point or a question: the note's own words as plain text, or one the course wrote, as
 * `덧붙임: …` (shown marked as an addition). Text holding `: ` must be quoted, or YAML reads it as such a pair.
 */
const noteLine = z
  .union([z.string().min(1), z.strictObject({ 덧붙임: z.string().min(1) })], {
    error: 'expected text, or "덧붙임: text" for a line the course added (quote text that holds ": ")',
  })
  .transform(toNoteLine);

/** Minutes of a lesson for the schedule (the Carpentries Workbench's `teaching` and `exercises`). */
const minutes = z.number().int().nonnegative().max(600).optional();

/** Lessons: `content/lessons/<slug>/index.mdx`, with their screenshots in `images/` beside them. */
const lessons = defineCollection({
  // Any other .md/.mdx file under lessons/ would silently be left out: the build stops and names it.
  loader: {
    ...lessonFiles,
    load: async (context) => {
      await assertLessonLayout(`${root}/lessons`);
      return lessonFiles.load(context);
    },
  },
  schema: z.object({
    title: z.string().min(1),
    description: z.string().min(1).max(160),
    part: reference('parts'),
    order: z.number().int().positive(),
    objectives: z.array(z.string().min(1)).default([]),
    sources: z.array(z.string().regex(/^notes\/[\w.-]+$/u, 'a path under notes/, e.g. notes/000_note.txt')).min(1),
    tags: z.array(z.string().min(1)).default([]),
    keypoints: z.array(noteLine).default([]),
    /** The questions the lesson answers, as a learner asks them before reading (Carpentries' `questions`). */
    questions: z.array(noteLine).default([]),
    teaching: minutes,
    exercises: minutes,
  }),
});

/** Glossary terms every note defines again; lessons link to them and search expands their aliases. */
const glossary = defineCollection({
  loader: file(`${root}/glossary.yaml`),
  schema: z.object({
    ko: z.string().min(1),
    en: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    definition: z.string().min(1),
  }),
});

export const collections = { parts, lessons, glossary };
