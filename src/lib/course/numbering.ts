/**
 * Exercise numbers, per part as in a printed textbook ("실습 6-2"): the part's number, then the
 * exercise's place among all exercises of that part, counted across its lessons in reading order.
 */

export interface NumberingPart {
  /** 1-based position of the part in the course. */
  number: number;
  lessons: readonly { id: string }[];
}

export interface ExercisePlace {
  /** The number of the lesson's part. */
  part: number;
  /** How many exercises the part has in the lessons before this one. */
  before: number;
}

/** Where each lesson's exercises start in its part's numbering, given each lesson's exercise count. */
export function exercisePlaces(
  parts: readonly NumberingPart[],
  count: (lessonId: string) => number,
): Map<string, ExercisePlace> {
  const places = new Map<string, ExercisePlace>();
  for (const part of parts) {
    let before = 0;
    for (const lesson of part.lessons) {
      places.set(lesson.id, { part: part.number, before });
      before += count(lesson.id);
    }
  }
  return places;
}

/** The number of the `n`th (1-based) exercise of a lesson placed at `place`: `6-3`. */
export function exerciseNumber(place: ExercisePlace, n: number): string {
  return `${place.part}-${place.before + n}`;
}
