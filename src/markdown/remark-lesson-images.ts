/**
 * Remark plugin for lesson screenshots: a markdown image whose file does not exist stops the
 * build with `lesson:line:column`, and every `<PendingScreenshot>` is recorded for the build report.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import {
  isLocalImage,
  missingImageMessage,
  screenshotFileProblem,
  type PendingScreenshot,
} from '../lib/screenshots.ts';

/** Pending screenshots of the current build, by lesson file (a rebuilt lesson replaces its entry). */
export const pendingScreenshots = new Map<string, PendingScreenshot[]>();

function attribute(attributes: (MdxJsxAttribute | MdxJsxExpressionAttribute)[], name: string): unknown {
  const found = attributes.find(
    (item): item is MdxJsxAttribute => item.type === 'mdxJsxAttribute' && item.name === name,
  );
  return found?.value;
}

/** The plugin: fails on missing image files and collects pending screenshots. */
export function remarkLessonImages() {
  return (tree: Root, file: VFile): void => {
    if (!file.path) return;
    const lesson = path.relative(process.cwd(), file.path).split(path.sep).join('/');
    const found: PendingScreenshot[] = [];
    visit(tree, (node) => {
      const line = node.position?.start.line ?? 0;
      const column = node.position?.start.column ?? 0;
      if (node.type === 'image' && isLocalImage(node.url)) {
        const target = path.resolve(path.dirname(file.path), decodeURI(node.url));
        if (!existsSync(target)) throw new Error(missingImageMessage(lesson, line, column, node.url));
      }
      if (
        (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
        node.name === 'PendingScreenshot'
      ) {
        const screenshot = attribute(node.attributes, 'file');
        const alt = attribute(node.attributes, 'alt');
        const problem =
          screenshotFileProblem(screenshot) ??
          (typeof alt === 'string' && alt !== '' ? undefined : 'alt="…" is required');
        if (problem)
          throw new Error(`${lesson}:${line}:${column} error pending-screenshot <PendingScreenshot>: ${problem}.`);
        found.push({ lesson, line, file: String(screenshot), alt: String(alt) });
      }
    });
    if (found.length > 0) pendingScreenshots.set(lesson, found);
    else pendingScreenshots.delete(lesson);
  };
}
