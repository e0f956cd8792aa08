/**
 * Sätteri mdast plugin: the command checker's warnings and infos on a lesson's code block, shown
 * under the block in Korean (code-notes.ts). The lesson is checked with the same call as
 * `npm run check:commands` (checkBlocks, batched with the lessons compiled alongside) on the text the
 * compiler reads, and each note is matched to its block by the fence's line. A finding without a
 * Korean text stops the build at lesson:line:column.
 */
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import type { Paragraph } from 'mdast';
import type { Diagnostic } from '../../packages/check-commands/index.ts';
import { batchedCheck } from './check-batch.ts';
import { codeNotes, type CodeNote } from './code-notes.ts';
import { findingText, isNote } from './finding-text.ts';
import { lessonFile } from './lesson-file.ts';
import { startOf } from './mdx-jsx.ts';

/** The notes of one block, in Korean; throws at the finding's position when a text is missing. */
export function blockNotes(lesson: string, diagnostics: readonly Diagnostic[]): CodeNote[] {
  return diagnostics.filter(isNote).map((d) => {
    try {
      return { severity: d.severity, rule: d.rule, text: findingText(d) };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`${lesson}:${d.line}:${d.column} error finding-text ${reason}`, { cause: error });
    }
  });
}

/** The plugin; lessons without a file (tests, inline Markdown) are left alone. */
export function checkerNotes(): (context: PluginFactoryContext) => MdastPluginDefinition | undefined {
  const check = batchedCheck();
  return ({ fileURL, source }) => {
    const lesson = lessonFile(fileURL);
    if (lesson === undefined) return undefined;
    let byFence = new Map<number, Diagnostic[]>();
    return {
      name: 'course:checker-notes',
      options: { position: true },
      async before() {
        const blocks = await check({ file: lesson, text: source });
        byFence = new Map(blocks.map((report) => [report.block.fenceLine, report.diagnostics]));
      },
      code(node, context) {
        const note = codeNotes(blockNotes(lesson, byFence.get(startOf(node).line) ?? []));
        if (!note) return;
        // An empty paragraph that becomes the note element (mdast `data.hName`), in Markdown and MDX alike.
        const carrier: Paragraph = {
          type: 'paragraph',
          children: [],
          data: { hName: note.tagName, hProperties: note.properties, hChildren: note.children } as Paragraph['data'],
        };
        context.insertAfter(node, carrier);
      },
    };
  };
}
