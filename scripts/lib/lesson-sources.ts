/** The course's lesson sources as the tests read them: slug, title, MDX text and listed questions. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { toNoteLine, type NoteLine, type NoteLineSource } from '../../src/lib/course/note-line.ts';

export interface LessonSource {
  slug: string;
  title: string;
  text: string;
  /** The frontmatter's `questions:`, each the note's own (plain text) or the course's (`덧붙임: …`). */
  questions: NoteLine[];
}

/** Reads every `<dir>/<slug>/index.mdx`, in directory order. */
export function readLessons(dir = 'content/lessons'): LessonSource[] {
  return readdirSync(dir).map((slug) => {
    const text = readFileSync(path.join(dir, slug, 'index.mdx'), 'utf8');
    const { title, questions = [] } = parse(text.split(/^---$/mu)[1] ?? '') as {
      title: string;
      questions?: NoteLineSource[];
    };
    return {
      slug,
      title,
      text,
      questions: questions.map(toNoteLine),
    };
  });
}
