/**
 * Exercises and instructor notes as lessons write them: `<Exercise title="…">` with the task, then
 * optional `<Hint>`s and a `<Solution>`, and `<InstructorNote>`. The build (src/markdown/exercises.ts)
 * adds `lesson` and `n`; these turn them into the label and the anchor the page shows.
 */
import { t } from '../../i18n/ko.ts';

/** The label of an exercise: `실습 6-2`, or `실습` when it has no number. */
export function exerciseLabel(number: string | undefined): string {
  return number === undefined ? t('exercise.unnumbered') : t('exercise.label', { n: number });
}

/** The anchor of an exercise (`exercise-6-2`), or of the `n`th in a lesson when it has no number. */
export function exerciseAnchor(number: string | undefined, n: string | number): string {
  return number === undefined ? `exercise-${n}` : `exercise-${number}`;
}

/** The anchor of the `n`th instructor note of lesson `lesson`, unique in the course: `note-docker-run-2`. */
export function noteAnchor(lesson: string, n: string | number): string {
  return `note-${lesson}-${n}`;
}

/** The 1-based place the build gave a component (`n="2"`); 0 when it gave none. */
export function placeOf(n: unknown): number {
  const value = Number(n);
  return Number.isInteger(value) && value > 0 ? value : 0;
}
