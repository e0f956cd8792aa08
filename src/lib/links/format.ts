/**
 * Link problems in the `path:line:column severity rule message` form editors jump to, pointing at
 * the lesson source when there is one.
 */
import type { Problem } from './check.ts';
import { lessonSource, locateLink } from './source.ts';

/** Formats `problem`; `readSource` returns a lesson file's text, or undefined when it cannot. */
export function formatProblem(
  problem: Problem,
  options: { outDir: string; contentDir: string; readSource: (file: string) => string | undefined },
): string {
  const source = lessonSource(problem.page, options.contentDir);
  const text = source === undefined ? undefined : options.readSource(source);
  if (source !== undefined && text !== undefined) {
    const at = locateLink(text, problem.link) ?? { line: 1, column: 1 };
    return `${source}:${at.line}:${at.column} error link/${problem.rule} ${problem.message}`;
  }
  const page = `${options.outDir.replace(/\/+$/u, '')}/${problem.page}`;
  return `${page}:${problem.line}:1 error link/${problem.rule} ${problem.message}`;
}
