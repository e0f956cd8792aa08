import { describe, expect, test } from 'vitest';
import { lessonWarnings } from './warnings.ts';

const complete = {
  file: 'content/lessons/a/index.mdx',
  objectives: ['실행할 수 있다.'],
  questions: [{ text: '어떻게 실행하나요?', added: true }],
  keypoints: [{ text: '요점', added: false }],
  teaching: 10,
  exercises: 5,
};

describe('lessonWarnings', () => {
  test('returns nothing for a lesson with objectives, questions, key points and timing', () => {
    expect(lessonWarnings([complete])).toEqual([]);
  });

  test('returns one warning per missing piece, naming the file', () => {
    const bare = { file: 'content/lessons/b/index.mdx', objectives: [], questions: [], keypoints: [] };
    expect(lessonWarnings([complete, bare])).toMatchInlineSnapshot(`
      [
        "content/lessons/b/index.mdx:1:1 warning lesson-objectives the lesson has no learning objectives. Add "objectives:" to its frontmatter: what a student can do after it.",
        "content/lessons/b/index.mdx:1:1 warning lesson-questions the lesson lists no questions it answers. Add "questions:" to its frontmatter: what a student asks before reading it, as "- 덧붙임: …" (search reads them too).",
        "content/lessons/b/index.mdx:1:1 warning lesson-keypoints the lesson has no key points. Add "keypoints:" to its frontmatter: the note's summary lines, or your own as "- 덧붙임: …".",
        "content/lessons/b/index.mdx:1:1 warning lesson-timing the lesson does not say how long it takes. Add "teaching:" and "exercises:" (minutes) to its frontmatter for the schedule.",
      ]
    `);
  });

  test('returns a timing warning when only one of the two minutes is given', () => {
    const rules = lessonWarnings([{ ...complete, exercises: undefined }]).map((line) => line.split(' ')[2]);
    expect(rules).toEqual(['lesson-timing']);
  });
});
