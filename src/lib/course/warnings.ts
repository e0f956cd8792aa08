/**
 * What a lesson should have and may lack without breaking the build: learning objectives, the
 * questions it answers, key points and its timing. The build prints one warning per missing piece, naming the file.
 */

export interface CheckedLesson {
  /** The lesson file, relative to the project (`content/lessons/docker-run/index.mdx`). */
  file: string;
  objectives: readonly unknown[];
  questions: readonly unknown[];
  keypoints: readonly unknown[];
  teaching?: number | undefined;
  exercises?: number | undefined;
}

/** `path:1:1 warning rule message` lines for what each lesson lacks, in the order given. */
export function lessonWarnings(lessons: readonly CheckedLesson[]): string[] {
  return lessons.flatMap((lesson) => {
    const at = `${lesson.file}:1:1 warning`;
    const warnings: string[] = [];
    if (lesson.objectives.length === 0)
      warnings.push(
        `${at} lesson-objectives the lesson has no learning objectives. Add "objectives:" to its frontmatter: what a student can do after it.`,
      );
    if (lesson.questions.length === 0)
      warnings.push(
        `${at} lesson-questions the lesson lists no questions it answers. Add "questions:" to its frontmatter: what a student asks before reading it, as "- 덧붙임: …" (search reads them too).`,
      );
    if (lesson.keypoints.length === 0)
      warnings.push(
        `${at} lesson-keypoints the lesson has no key points. Add "keypoints:" to its frontmatter: the note's summary lines, or your own as "- 덧붙임: …".`,
      );
    if (lesson.teaching === undefined || lesson.exercises === undefined)
      warnings.push(
        `${at} lesson-timing the lesson does not say how long it takes. Add "teaching:" and "exercises:" (minutes) to its frontmatter for the schedule.`,
      );
    return warnings;
  });
}
