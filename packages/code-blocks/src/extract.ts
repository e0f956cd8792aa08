/**
 * The fenced code blocks of a Markdown or MDX file, read with the parser the site compiles lessons
 * with (Sätteri): a fence inside a <Callout>, a list item or a blockquote counts, a fence-looking
 * line inside another block does not, and each code line knows the file column it starts at.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import { visit } from 'unist-util-visit';
import type { Code, Root } from 'mdast';
import { blockKind, type BlockKind } from './block-kind.ts';
import { parseFenceMeta } from './fence-meta.ts';

export interface CodeBlock {
  /** The fence's language, lower-cased (`''` when none). */
  lang: string;
  /** The fence's meta string as written, and parsed. */
  rawMeta: string;
  meta: Map<string, string>;
  code: string;
  kind: BlockKind;
  /** 1-based file line of the opening fence. */
  fenceLine: number;
  /** 1-based file line of the first line of code. */
  line: number;
  /** For each code line, the 0-based file column it starts at (after list indentation or `> `). */
  columns: number[];
}

/** A file the parser rejects: the message and where. */
export class FenceSyntaxError extends Error {
  readonly line: number;
  readonly column: number;

  constructor(message: string, line: number, column: number) {
    super(message);
    this.line = line;
    this.column = column;
  }
}

/** Where each code line starts in the file: the code line is the end of its source line. */
function columnsOf(sourceLines: readonly string[], firstLine: number, code: string): number[] {
  return code.split('\n').map((text, index) => {
    const source = sourceLines[firstLine - 1 + index] ?? '';
    return source.endsWith(text) ? source.length - text.length : 0;
  });
}

/** A block built from its parts (tests, importer); `line` is the first code line, columns all `indent`. */
export function makeBlock(lang: string, code: string, rawMeta = '', line = 2, indent = 0): CodeBlock {
  const meta = parseFenceMeta(rawMeta);
  const language = lang.toLowerCase();
  return {
    lang: language,
    rawMeta,
    meta,
    code,
    kind: blockKind(language, code, meta),
    fenceLine: line - 1,
    line,
    columns: code.split('\n').map(() => indent),
  };
}

/** Lists the fenced code blocks of `source` in order; `.md` files are read as Markdown, others as MDX. */
export function codeBlocks(source: string, format: 'mdx' | 'md' = 'mdx'): CodeBlock[] {
  let tree: Root;
  try {
    tree = (format === 'md' ? markdownToMdast(source) : mdxToMdast(source)) as Root;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):(\d+)/u.exec(message);
    throw new FenceSyntaxError(message.replace(/^\d+:\d+:\s*/u, ''), Number(at?.[1] ?? 1), Number(at?.[2] ?? 1));
  }
  const sourceLines = source.replace(/\r\n?/gu, '\n').split('\n');
  const blocks: CodeBlock[] = [];
  visit(tree, 'code', (node: Code) => {
    const fenceLine = node.position?.start.line ?? 1;
    const block = makeBlock(node.lang ?? '', node.value, node.meta ?? '', fenceLine + 1);
    block.columns = columnsOf(sourceLines, fenceLine + 1, node.value);
    blocks.push(block);
  });
  return blocks;
}

/** The format to read a file in, by its extension. */
export function formatOf(file: string): 'mdx' | 'md' {
  return /\.mdx$/iu.test(file) ? 'mdx' : 'md';
}
