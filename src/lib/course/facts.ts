/**
 * The course facts the pages share, worked out once per build from the lessons' frontmatter and
 * MDX: each lesson's reading time, its exercises and instructor notes, where its exercises start in
 * its part's numbering; and the warnings for lessons without objectives, questions, key points or
 * timing, printed once when the facts are first worked out.
 */
import { getCourse, type Course } from '../course.ts';
import { lessonText } from './lesson-text.ts';
import { exerciseNumber, exercisePlaces, type ExercisePlace } from './numbering.ts';
import { readingMinutes } from './reading-time.ts';
import { lessonWarnings } from './warnings.ts';

export interface LessonFacts {
  readingMinutes: number;
  exercises: number;
  notes: number;
  place: ExercisePlace;
}

export interface CourseFacts {
  course: Course;
  lessons: Map<string, LessonFacts>;
}

let cached: { course: Course; key: string; facts: CourseFacts } | undefined;

function work(course: Course): CourseFacts {
  const texts = new Map(course.lessons.map((lesson) => [lesson.id, lessonText(lesson.body ?? '')]));
  const places = exercisePlaces(course.groups, (id) => texts.get(id)?.exercises ?? 0);
  const lessons = new Map<string, LessonFacts>();
  for (const [id, text] of texts) {
    lessons.set(id, {
      readingMinutes: readingMinutes(text.prose, text.code),
      exercises: text.exercises,
      notes: text.notes,
      place: places.get(id) ?? { part: 0, before: 0 },
    });
  }
  const checked = course.lessons.map((lesson) => ({
    ...lesson.data,
    file: lesson.filePath ?? `content/lessons/${lesson.id}/index.mdx`,
  }));
  for (const warning of lessonWarnings(checked)) console.warn(warning);
  return { course, lessons };
}

/** The facts of the course; worked out again only when a lesson changed (in dev), so warnings print once. */
export async function getCourseFacts(): Promise<CourseFacts> {
  const course = await getCourse();
  // A build loads the course once: the same object every time. Dev loads it again on every call.
  if (cached?.course === course) return cached.facts;
  const key = course.lessons.map((lesson) => `${lesson.id}:${lesson.digest ?? ''}`).join('\n');
  cached = { course, key, facts: cached?.key === key ? { ...cached.facts, course } : work(course) };
  return cached.facts;
}

/** The number of the `n`th exercise of lesson `lessonId` (`6-2`); undefined for a lesson not in the course. */
export async function exerciseNumberOf(lessonId: string, n: number): Promise<string | undefined> {
  const place = (await getCourseFacts()).lessons.get(lessonId)?.place;
  return place && n > 0 ? exerciseNumber(place, n) : undefined;
}
