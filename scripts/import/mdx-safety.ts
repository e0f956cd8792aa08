/**
 * The importer's last line of defence: the lesson it wrote is parsed as MDX (Sätteri, as the site
 * compiles it) and every node MDX would run or follow is checked. Whatever the escaping missed,
 * no ESM, no expression other than a comment, no element but the course's components and a few
 * plain inline tags, and no link, image or definition whose target is not safe (links.ts).
 */
import { mdxToMdast } from 'satteri';
import { visit } from 'unist-util-visit';
import type { Node } from 'unist';
import { isSafeTarget } from './links.ts';

/** Components a lesson may use (src/components/mdx/index.ts) and the plain tags the importer writes, with their attributes. */
const ELEMENTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['Callout', new Set(['type'])],
  ['Comparison', new Set(['caption', 'columns', 'rows'])],
  ['PendingScreenshot', new Set(['file', 'alt'])],
  ['sup', new Set()],
  ['sub', new Set()],
  ['kbd', new Set()],
]);

export interface Unsafe {
  /** 1-based line in the MDX. */
  line: number;
  message: string;
}

interface MdxNode extends Node {
  value?: string;
  url?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

/** True when an expression is only a comment (`{/* 원문의 주석 *\/}`), which MDX drops. */
function isComment(code: string): boolean {
  return /^\s*\/\*(?:[^*]|\*(?!\/))*\*\/\s*$/u.test(code);
}

/** True for a string, or a list of them (nested lists too): data, nothing that runs. */
function isStrings(value: unknown): boolean {
  return typeof value === 'string' || (Array.isArray(value) && value.every(isStrings));
}

/** True when a JSX attribute's value is data: a string, or an expression that is a string literal or a list of them. */
function isStringValue(value: unknown): boolean {
  if (typeof value === 'string') return true;
  const code = (value as { value?: unknown } | null)?.value;
  if (typeof code !== 'string') return false;
  try {
    // The Comparison rows the importer writes end each row with a comma, as JavaScript allows.
    return isStrings(JSON.parse(code.replace(/,(\s*\])/gu, '$1')));
  } catch {
    return false;
  }
}

/** What is wrong with one node, or undefined. */
function problem(node: MdxNode): string | undefined {
  switch (node.type) {
    case 'mdxjsEsm':
      return 'an import or export (ESM) would run';
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return isComment(node.value ?? '') ? undefined : `the expression {${node.value ?? ''}} would run`;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const allowed = ELEMENTS.get(node.name ?? '');
      if (!allowed) return `<${node.name ?? ''}> is not a component lessons use`;
      const bad = (node.attributes ?? []).find(
        (attribute) =>
          attribute.type !== 'mdxJsxAttribute' || !allowed.has(attribute.name ?? '') || !isStringValue(attribute.value),
      );
      return bad ? `<${node.name ?? ''}> has an attribute it does not take (${bad.name ?? '{…}'})` : undefined;
    }
    case 'link':
    case 'image':
    case 'definition':
      return isSafeTarget(node.url ?? '')
        ? undefined
        : `the ${node.type} target ${node.url ?? ''} is not http(s), mailto, # or relative`;
    default:
      return undefined;
  }
}

/** Every node of `mdx` that would run or lead somewhere unsafe; a file that does not parse is one problem. */
export function unsafeMdx(mdx: string): Unsafe[] {
  let tree: Node;
  try {
    tree = mdxToMdast(mdx);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return [{ line: Number(/^(\d+):/u.exec(message)?.[1] ?? 1), message: `the lesson is not valid MDX: ${message}` }];
  }
  const out: Unsafe[] = [];
  visit(tree, (node: MdxNode) => {
    const found = problem(node);
    if (found !== undefined) out.push({ line: node.position?.start.line ?? 1, message: found });
  });
  return out;
}
