/**
 * Remark plugin: every `<Term id="…">` in a lesson must name an entry of the course glossary,
 * or the build stops at `lesson:line:column` (the component alone could not say where).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { parse } from 'yaml';

/** The ids in a glossary YAML file (a list of `{ id, ko, en, … }`). */
export function glossaryIds(yamlText: string): Set<string> {
  const entries = parse(yamlText) as unknown;
  if (!Array.isArray(entries)) return new Set();
  return new Set(entries.map((entry: { id?: unknown }) => String(entry.id)));
}

/** The error for a Term whose id is not in the glossary. */
export function unknownTermMessage(
  lesson: string,
  line: number,
  column: number,
  id: unknown,
  known: Set<string>,
): string {
  return (
    `${lesson}:${line}:${column} error unknown-term <Term id=${JSON.stringify(id)}> is not in glossary.yaml. ` +
    `Use one of: ${[...known].sort().join(', ')}; or add the term to the glossary.`
  );
}

/** The plugin; `glossaryFile` defaults to the course's glossary.yaml. */
export function remarkTermIds(
  glossaryFile = path.join(process.env['COURSE_CONTENT_DIR'] ?? 'content', 'glossary.yaml'),
) {
  let known: Set<string> | undefined;
  return (tree: Root, file: VFile): void => {
    known ??= glossaryIds(readFileSync(glossaryFile, 'utf8'));
    const ids = known;
    const lesson = path
      .relative(process.cwd(), file.path || 'unknown.mdx')
      .split(path.sep)
      .join('/');
    visit(tree, (node) => {
      if ((node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') || node.name !== 'Term') return;
      const attribute = node.attributes.find((item) => item.type === 'mdxJsxAttribute' && item.name === 'id');
      const id = attribute?.value;
      if (typeof id === 'string' && ids.has(id)) return;
      throw new Error(
        unknownTermMessage(lesson, node.position?.start.line ?? 0, node.position?.start.column ?? 0, id, ids),
      );
    });
  };
}
