/**
 * What a learner reads in a lesson, from its MDX source, parsed with the parser the site compiles
 * lessons with (Sätteri): the prose, the code (fences and inline code), and how many exercises and
 * instructor notes it holds. Instructor notes are left out of the text: learners never see them.
 */
import { mdxToMdast } from 'satteri';

export interface LessonText {
  prose: string;
  code: string;
  exercises: number;
  notes: number;
}

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  children?: Node[];
}

/** The text, code and component counts of a lesson's MDX `body` (frontmatter already removed). */
export function lessonText(body: string): LessonText {
  const prose: string[] = [];
  const code: string[] = [];
  let exercises = 0;
  let notes = 0;
  const walk = (node: Node): void => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (node.name === 'InstructorNote') {
        notes += 1;
        return;
      }
      if (node.name === 'Exercise') exercises += 1;
    }
    if (node.type === 'text') prose.push(node.value ?? '');
    if (node.type === 'code' || node.type === 'inlineCode') code.push(node.value ?? '');
    for (const child of node.children ?? []) walk(child);
  };
  walk(mdxToMdast(body));
  return { prose: prose.join(' '), code: code.join('\n'), exercises, notes };
}
