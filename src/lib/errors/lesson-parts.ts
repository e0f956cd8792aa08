/**
 * A lesson cut into its sections (at h2–h4, with the ids the site gives them), each holding the
 * callouts and code blocks written in it, read with the parser the site compiles lessons with. The
 * errors page quotes these, so what it says comes from the lessons themselves.
 */
import { headingIds } from '../heading-ids.ts';
import { mdxToMdast } from 'satteri';
import type { Code, Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { blockCommands, makeBlock } from '../../../packages/code-blocks/index.ts';
import { matchPrompt } from '../../../packages/code-blocks/index.ts';
import { jsxAttribute, startOf, type JsxElement } from '../../markdown/mdx-jsx.ts';

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'strong'; text: string }
  | { kind: 'link'; text: string; href: string };

export type Block =
  | { kind: 'paragraph'; inline: Inline[] }
  | { kind: 'list'; items: Inline[][] }
  | { kind: 'code'; lang: string; code: string };

export interface CodePart {
  lang: string;
  code: string;
  line: number;
  /** The commands a student types, each with the prompt the lesson shows (`$ docker ps -a`). */
  commands: string[];
  /** Why the block is a deliberately wrong example (`expect-error="…"`), if it is one. */
  wrong?: string | undefined;
}

export interface CalloutPart {
  type: string;
  title: string;
  line: number;
  content: Block[];
  /** The callout's words, title included, for telling what it is about. */
  text: string;
  code: CodePart[];
}

export interface LessonSection {
  /** The heading's id on the lesson page, '' for the part before the first heading. */
  id: string;
  title: string;
  line: number;
  callouts: CalloutPart[];
  code: CodePart[];
}

function attribute(node: JsxElement, name: string): string | undefined {
  const value = jsxAttribute(node, name);
  return typeof value === 'string' ? value : undefined;
}

function isJsx(node: { type: string }): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

function inline(nodes: readonly Nodes[]): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    switch (node.type) {
      case 'text':
        return [{ kind: 'text', text: node.value }];
      case 'inlineCode':
        return [{ kind: 'code', text: node.value }];
      case 'strong':
        return [{ kind: 'strong', text: toString(node) }];
      case 'link':
        return [{ kind: 'link', text: toString(node), href: node.url }];
      case 'break':
        return [{ kind: 'text', text: ' ' }];
      default:
        return [{ kind: 'text', text: toString(node) }];
    }
  });
}

function codePart(node: Code): CodePart {
  const block = makeBlock(node.lang ?? '', node.value, node.meta ?? '', startOf(node).line + 1);
  const commands = blockCommands(block.kind, block.lang, block.code).map((command) => {
    const first = block.code.split('\n')[command.lines[0]?.line ?? 0] ?? '';
    return `${matchPrompt(first)?.prompt ?? ''}${command.copy}`;
  });
  return { lang: block.lang, code: node.value, line: block.fenceLine, commands, wrong: block.meta.get('expect-error') };
}

function blocks(nodes: readonly Nodes[]): Block[] {
  return nodes.flatMap((node): Block[] => {
    if (node.type === 'paragraph') return [{ kind: 'paragraph', inline: inline(node.children) }];
    if (node.type === 'list')
      return [
        {
          kind: 'list',
          items: node.children.map((item) =>
            item.children.flatMap((child) => ('children' in child ? inline(child.children as Nodes[]) : [])),
          ),
        },
      ];
    if (node.type === 'code') return [{ kind: 'code', lang: node.lang ?? '', code: node.value }];
    return [];
  });
}

function callout(node: JsxElement): CalloutPart {
  const title = attribute(node, 'title') ?? '';
  const code: CodePart[] = [];
  for (const child of node.children) if (child.type === 'code') code.push(codePart(child));
  return {
    type: attribute(node, 'type') ?? 'note',
    title,
    line: startOf(node).line,
    content: blocks(node.children),
    text: [title, ...node.children.map((child) => toString(child))].join(' '),
    code,
  };
}

/** Cuts an MDX lesson into sections with their callouts and code blocks, in order. */
export function lessonParts(source: string): LessonSection[] {
  const tree = mdxToMdast(source) as Root;
  const slug = headingIds();
  const sections: LessonSection[] = [{ id: '', title: '', line: 1, callouts: [], code: [] }];
  const visit = (node: RootContent): void => {
    const section = sections.at(-1) as LessonSection;
    if (node.type === 'heading') {
      const text = toString(node).trim();
      const id = slug(text);
      if (node.depth >= 2 && node.depth <= 4)
        sections.push({ id, title: text, line: startOf(node).line, callouts: [], code: [] });
      return;
    }
    if (node.type === 'code') section.code.push(codePart(node));
    else if (isJsx(node) && node.name === 'Callout') section.callouts.push(callout(node));
    else if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
  };
  for (const node of tree.children) visit(node);
  return sections;
}
