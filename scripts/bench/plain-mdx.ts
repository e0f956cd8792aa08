/**
 * The bare reference's pages: a lesson's markdown with every component, expression and import
 * removed (a component's markdown children stay), and its title as a heading.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import type { RootContent } from 'mdast';

const COMPONENT = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);
const DROPPED = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

/** Replaces components by their children and drops ESM and expressions, at every depth. */
function strip(nodes: RootContent[]): RootContent[] {
  return nodes.flatMap((node): RootContent[] => {
    if (DROPPED.has(node.type)) return [];
    const children = 'children' in node ? strip(node.children) : undefined;
    if (COMPONENT.has(node.type)) return children ?? [];
    return children ? [{ ...node, children } as RootContent] : [node];
  });
}

/** `mdx` (a lesson with frontmatter) as plain markdown without components. */
export function plainMarkdown(mdx: string): string {
  const match = /^---\n([\s\S]*?)\n---\n/u.exec(mdx);
  const title = /^title:\s*["']?(.*?)["']?\s*$/mu.exec(match?.[1] ?? '')?.[1] ?? 'Lesson';
  const body = match ? mdx.slice(match[0].length) : mdx;
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
  const tree = processor.parse(body);
  processor.runSync(tree);
  tree.children = strip(tree.children);
  // remark-mdx on the way out escapes braces and angle brackets, so prose stays text in MDX.
  const markdown = unified().use(remarkMdx).use(remarkGfm).use(remarkStringify).stringify(tree);
  return `# ${title}\n\n${markdown}`;
}
