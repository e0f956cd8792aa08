/**
 * The fenced code blocks of a lesson, read with the MDX parser the site compiles lessons with
 * (Sätteri), so a fence inside a <Callout> counts and a fence-looking line inside another block
 * does not.
 */
import { mdxToMdast } from 'satteri';
import { visit } from 'unist-util-visit';
import type { Code, Root } from 'mdast';

export interface CodeBlock {
  lang: string;
  meta: string;
  value: string;
  /** 1-based line of the opening fence in the MDX file. */
  line: number;
}

/** Lists the fenced code blocks of an MDX file (frontmatter allowed) in source order. */
export function codeBlocks(mdx: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  visit(mdxToMdast(mdx) as Root, 'code', (node: Code) => {
    blocks.push({
      lang: node.lang ?? '',
      meta: node.meta ?? '',
      value: node.value,
      line: node.position?.start.line ?? 0,
    });
  });
  return blocks;
}

/** True when a fence's meta string sets `name` (`expect-error="…"`, `nocheck`). */
export function hasMeta(meta: string, name: string): boolean {
  return new RegExp(`(?:^|\\s)${name}(?:=|\\s|$)`, 'u').test(meta);
}
