/**
 * Sätteri mdast plugin for the course's exercises and instructor notes. A `<Hint>` or `<Solution>`
 * outside an `<Exercise>`, an exercise inside another, or an exercise with no task stops the build
 * at `lesson:line:column`. Each `<Exercise>` and `<InstructorNote>` is given its lesson and its
 * 1-based place in the lesson (`lesson="docker-run" n="2"`), from which the component numbers it
 * per part (src/lib/course/numbering.ts) and anchors it.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, MdastVisitorContext, MdxJsxAttributeUnion } from 'satteri';
import { lessonFile } from './lesson-file.ts';
import { startOf, type JsxElement } from './mdx-jsx.ts';

/** The components this plugin checks and numbers. */
export const EXERCISE = 'Exercise';
export const PARTS_OF_EXERCISE: ReadonlySet<string> = new Set(['Hint', 'Solution']);
export const NOTE = 'InstructorNote';
/** Children that are not the task: learners see no instructor note, and hints and solutions follow the task. */
const NOT_TASK: ReadonlySet<string> = new Set([...PARTS_OF_EXERCISE, NOTE]);

interface Problem {
  rule: string;
  message: string;
}

type Child = JsxElement['children'][number];

/** True when `node` is blank text, or a paragraph of nothing but blank text. */
function blank(node: Child): boolean {
  if (node.type === 'text') return node.value.trim() === '';
  if (node.type === 'paragraph')
    return node.children.every((child) => child.type === 'text' && child.value.trim() === '');
  return false;
}

/** True when `node` is one of the components `names` (written as a block or inline). */
function isElement(node: Child, names: ReadonlySet<string>): boolean {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && names.has(node.name ?? '');
}

/** What is wrong with an exercise, hint or solution at its place in the tree; undefined when nothing is. */
export function exerciseProblem(node: JsxElement, ancestors: readonly string[]): Problem | undefined {
  const name = node.name ?? '';
  if (PARTS_OF_EXERCISE.has(name) && !ancestors.includes(EXERCISE))
    return {
      rule: 'exercise-part',
      message: `<${name}> is outside an <Exercise>. Put it inside the <Exercise> it belongs to, after the task.`,
    };
  if (name !== EXERCISE) return undefined;
  if (ancestors.includes(EXERCISE))
    return {
      rule: 'exercise-nested',
      message: '<Exercise> is inside another <Exercise>. Close the first one before starting the next.',
    };
  const task = node.children.filter((child) => !blank(child) && !isElement(child, NOT_TASK));
  if (task.length === 0)
    return {
      rule: 'exercise-task',
      message: '<Exercise> has no task. Write what the student is to do inside it, before any <Hint> or <Solution>.',
    };
  return undefined;
}

/** The names of the components enclosing `node`, innermost first. */
function ancestorNames(node: JsxElement, context: MdastVisitorContext): string[] {
  const names: string[] = [];
  for (let parent = context.parent(node); parent; parent = context.parent(parent)) {
    if (parent.type === 'mdxJsxFlowElement' || parent.type === 'mdxJsxTextElement') names.push(parent.name ?? '');
  }
  return names;
}

/** The id of the lesson a file belongs to: its folder's name (content.config.ts's generateId). */
export function lessonIdOf(fileURL: URL | undefined): string {
  return fileURL ? path.basename(path.dirname(fileURLToPath(fileURL))) : '';
}

function attribute(name: string, value: string): MdxJsxAttributeUnion {
  return { type: 'mdxJsxAttribute', name, value };
}

/** The plugin: checks every exercise, then numbers exercises and notes in document order. */
export function exercises(): (context: { fileURL: URL | undefined }) => MdastPluginDefinition {
  return ({ fileURL }) => {
    const lesson = lessonFile(fileURL) ?? 'unknown.mdx';
    const lessonId = lessonIdOf(fileURL);
    const numbered: JsxElement[] = [];
    const visit = (node: JsxElement, context: MdastVisitorContext): void => {
      const problem = exerciseProblem(node, ancestorNames(node, context));
      if (problem) {
        const { line, column } = startOf(node);
        throw new Error(`${lesson}:${line}:${column} error ${problem.rule} ${problem.message}`);
      }
      if (node.name === EXERCISE || node.name === NOTE) numbered.push(node);
    };
    return {
      name: 'course:exercises',
      options: { position: true },
      mdxJsxFlowElement: visit,
      mdxJsxTextElement: visit,
      after(_root, context) {
        const counts = new Map<string, number>();
        for (const node of numbered) {
          const n = (counts.get(node.name ?? '') ?? 0) + 1;
          counts.set(node.name ?? '', n);
          // Set once the tree is checked: replacing a node while visiting would hide its children from the checks.
          context.replaceNode(node, {
            ...node,
            attributes: [
              ...node.attributes.filter(
                (item) => item.type !== 'mdxJsxAttribute' || !['lesson', 'n'].includes(item.name),
              ),
              attribute('lesson', lessonId),
              attribute('n', String(n)),
            ],
          });
        }
      },
    };
  };
}
