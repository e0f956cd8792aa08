/**
 * The key-points page sums up every lesson in a section of its own (`#lesson-<id>`). Such a section
 * never comes before the lesson it sums up: the lesson has the whole answer.
 */

import { lessonOfPath } from '../paths.ts';

const PREFIX = 'lesson-';

/** The anchor of the key-points section that sums up lesson `lessonId`. */
export function summaryAnchor(lessonId: string): string {
  return `${PREFIX}${lessonId}`;
}

/** The lesson a section anchor sums up, if it is a summary's anchor. */
export function summarizedLesson(anchor: string): string | undefined {
  return anchor.startsWith(PREFIX) ? anchor.slice(PREFIX.length) : undefined;
}

export interface Answer {
  url: string;
  /** The anchor of the section the result opens at ('' for the page's top). */
  anchor: string;
}

/**
 * `answers` in the same order, except that a summary section ranked above the lesson it sums up
 * moves to just after that lesson.
 */
export function lessonsBeforeSummaries<T>(answers: readonly T[], of: (item: T) => Answer): T[] {
  const lessons = answers.map((item) => lessonOfPath(of(item).url));
  const order = [...answers];
  for (const item of answers) {
    const { url, anchor } = of(item);
    const lesson = lessonOfPath(url) === undefined ? summarizedLesson(anchor) : undefined;
    const at = lesson === undefined ? -1 : lessons.indexOf(lesson);
    if (at === -1) continue;
    const from = order.indexOf(item);
    const to = order.indexOf(answers[at] as T);
    if (from > to) continue;
    order.splice(from, 1);
    order.splice(order.indexOf(answers[at] as T) + 1, 0, item);
  }
  return order;
}
