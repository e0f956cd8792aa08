/**
 * The schedule of a part, as the Carpentries Workbench builds it: each lesson starts when the one
 * before it ends, counted from the start of the part, and takes its teaching plus exercise minutes.
 */

export interface TimedLesson {
  /** Minutes of teaching (frontmatter `teaching`); undefined when the lesson does not say. */
  teaching?: number | undefined;
  /** Minutes of exercises (frontmatter `exercises`). */
  exercises?: number | undefined;
}

export interface ScheduleRow<L extends TimedLesson> {
  lesson: L;
  /** Minutes from the start of the part. */
  start: number;
  /** Teaching plus exercises. */
  minutes: number;
}

export interface PartSchedule<L extends TimedLesson> {
  rows: ScheduleRow<L>[];
  /** Minutes of the whole part: when its last lesson ends. */
  total: number;
}

/** Minutes a lesson takes: its teaching and exercise minutes, a missing one counted as 0. */
export function lessonMinutes(lesson: TimedLesson): number {
  return (lesson.teaching ?? 0) + (lesson.exercises ?? 0);
}

/** Cumulates start times over `lessons`, in the order given. */
export function partSchedule<L extends TimedLesson>(lessons: readonly L[]): PartSchedule<L> {
  let start = 0;
  const rows = lessons.map((lesson) => {
    const minutes = lessonMinutes(lesson);
    const row = { lesson, start, minutes };
    start += minutes;
    return row;
  });
  return { rows, total: start };
}

/** A clock offset `h:mm` from the start (`0:00`, `1:05`), as the schedule prints start times. */
export function clock(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return `${hours}:${String(minutes % 60).padStart(2, '0')}`;
}

/** An ISO 8601 duration for `<time datetime>` (`PT1H5M`, `PT0M`). */
export function isoDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `PT${hours > 0 ? `${hours}H` : ''}${rest > 0 || hours === 0 ? `${rest}M` : ''}`;
}
