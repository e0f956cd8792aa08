/**
 * Sätteri mdast plugin for lesson screenshots: a markdown image whose file does not exist stops
 * the build with `lesson:line:column`, and every `<PendingScreenshot>` is recorded for the build
 * report.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition } from 'satteri';
import {
  isLocalImage,
  missingImageMessage,
  screenshotFileProblem,
  type PendingScreenshot,
} from '../lib/screenshots.ts';
import { malformedEscape, safeDecode } from '../lib/paths.ts';
import { lessonFile } from './lesson-file.ts';
import { jsxAttribute, startOf, type JsxElement } from './mdx-jsx.ts';

/** Pending screenshots of the current build, by lesson file (a rebuilt lesson replaces its entry). */
export const pendingScreenshots = new Map<string, PendingScreenshot[]>();

/** The plugin: fails on missing image files and collects pending screenshots. */
export function lessonImages(): (context: { fileURL: URL | undefined }) => MdastPluginDefinition | undefined {
  return ({ fileURL }) => {
    const lesson = lessonFile(fileURL);
    if (!fileURL || lesson === undefined) return undefined;
    const directory = path.dirname(fileURLToPath(fileURL));
    const found: PendingScreenshot[] = [];
    const screenshot = (node: JsxElement): void => {
      if (node.name !== 'PendingScreenshot') return;
      const { line, column } = startOf(node);
      const file = jsxAttribute(node, 'file');
      const alt = jsxAttribute(node, 'alt');
      const problem =
        screenshotFileProblem(file) ?? (typeof alt === 'string' && alt !== '' ? undefined : 'alt="…" is required');
      if (problem)
        throw new Error(`${lesson}:${line}:${column} error pending-screenshot <PendingScreenshot>: ${problem}.`);
      found.push({ lesson, line, file: String(file), alt: String(alt) });
    };
    return {
      name: 'course:lesson-images',
      options: { position: true },
      image(node) {
        if (!isLocalImage(node.url)) return;
        const { line, column } = startOf(node);
        const malformed = malformedEscape(node.url);
        if (malformed !== undefined) {
          // A browser would send the `%` as written, and the server answers 400 to it.
          const fixed = node.url.replace(/%(?![\da-f]{2})/giu, '%25');
          throw new Error(
            `${lesson}:${line}:${column} error image-path ${node.url}: "${malformed}" is not a percent-escape. ` +
              `Write %25 for a "%" in a file name (${fixed}), or rename the file.`,
          );
        }
        if (existsSync(path.resolve(directory, safeDecode(node.url)))) return;
        throw new Error(missingImageMessage(lesson, line, column, node.url));
      },
      mdxJsxFlowElement: screenshot,
      mdxJsxTextElement: screenshot,
      after() {
        if (found.length > 0) pendingScreenshots.set(lesson, found);
        else pendingScreenshots.delete(lesson);
      },
    };
  };
}
