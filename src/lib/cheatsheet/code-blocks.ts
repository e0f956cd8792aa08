/**
 * The fenced code blocks of a lesson, read with the MDX parser the site compiles lessons with, so
 * a fence inside a <Callout> counts and a fence-looking line inside another block does not.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import type { Code } from 'mdast';

export interface CodeBlock {
  lang: string;
  meta: string;
  value: string;
  /** 1-based line of the opening fence in the MDX file. */
  line: number;
}

const parser = unified().use(remarkParse).use(remarkMdx);

/** Empties the YAML frontmatter but keeps its lines, so block lines match the file. */
export function blankFrontmatter(mdx: string): string {
  const found = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?=\r?\n|$)/u.exec(mdx);
  return found ? found[0].replace(/[^\n]/gu, '') + mdx.slice(found[0].length) : mdx;
}

/** Lists the fenced code blocks of an MDX file (frontmatter allowed) in source order. */
export function codeBlocks(mdx: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  visit(parser.parse(blankFrontmatter(mdx)), 'code', (node: Code) => {
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
