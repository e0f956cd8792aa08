/** What the lesson plugins read off Sätteri's mdast: a component's attributes and where a node starts. */
import type { MdxJsxFlowElement, MdxJsxTextElement, Position } from 'satteri';

/** A component written in a lesson, as a block (`<Callout>`) or inline (`<Term>`). */
export type JsxElement = Readonly<MdxJsxFlowElement | MdxJsxTextElement>;

/** The value of a component's plain attribute `name` (`id="image"` gives `'image'`); undefined when absent. */
export function jsxAttribute(node: JsxElement, name: string): unknown {
  return node.attributes.find((item) => item.type === 'mdxJsxAttribute' && item.name === name)?.value;
}

/** The 1-based line and column a node starts at (0 when the parser kept no position). */
export function startOf(node: { readonly position?: Position | undefined }): { line: number; column: number } {
  const { line = 0, column = 0 } = node.position?.start ?? {};
  return { line, column };
}
