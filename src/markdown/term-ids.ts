/**
 * Sätteri mdast plugin: every `<Term id="…">` in a lesson must name an entry of the course
 * glossary, or the build stops at `lesson:line:column` (the component alone could not say where).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { MdastPluginDefinition } from 'satteri';
import { parse } from 'yaml';
import { lessonFile } from './lesson-file.ts';
import { jsxAttribute, startOf, type JsxElement } from './mdx-jsx.ts';

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

/** The plugin; `glossaryFile` defaults to the course's glossary.yaml, read once per build. */
export function termIds(
  glossaryFile = path.join(process.env['COURSE_CONTENT_DIR'] ?? 'content', 'glossary.yaml'),
): (context: { fileURL: URL | undefined }) => MdastPluginDefinition {
  let known: Set<string> | undefined;
  return ({ fileURL }) => {
    const lesson = lessonFile(fileURL) ?? 'unknown.mdx';
    const check = (node: JsxElement): void => {
      if (node.name !== 'Term') return;
      known ??= glossaryIds(readFileSync(glossaryFile, 'utf8'));
      const id = jsxAttribute(node, 'id');
      if (typeof id === 'string' && known.has(id)) return;
      const { line, column } = startOf(node);
      throw new Error(unknownTermMessage(lesson, line, column, id, known));
    };
    return { name: 'course:term-ids', options: { position: true }, mdxJsxFlowElement: check, mdxJsxTextElement: check };
  };
}
