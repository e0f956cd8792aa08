/**
 * Finds the fenced code blocks of a Markdown or MDX file, with the line each starts on,
 * its language and its meta attributes.
 */
import { parseMeta } from './meta.ts';

export interface Block {
  lang: string;
  meta: Map<string, string>;
  /** The code, with the fence's indentation removed from each line. */
  code: string;
  /** 1-based file line of the first line of code. */
  line: number;
  /** Columns of indentation removed from each code line (a fence inside a list item). */
  indent: number;
}

// Any indentation: MDX nests fences inside components and list items.
const OPEN = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)\s*(.*)$/u;

/** Returns every fenced block of `source`, in order. An unclosed fence runs to the end, as in CommonMark. */
export function extractBlocks(source: string): Block[] {
  const lines = source.replace(/\r\n?/gu, '\n').split('\n');
  const blocks: Block[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const open = OPEN.exec(lines[index] ?? '');
    if (!open) continue;
    const indent = (open[1] ?? '').length;
    const fence = open[2] ?? '```';
    const info = open[3] ?? '';
    const meta = open[4] ?? '';
    if (fence.startsWith('`') && meta.includes('`')) continue;
    const body: string[] = [];
    let end = index + 1;
    for (; end < lines.length; end += 1) {
      const text = lines[end] ?? '';
      const close = /^\s*(`{3,}|~{3,})\s*$/u.exec(text);
      if (close?.[1] !== undefined && close[1][0] === fence[0] && close[1].length >= fence.length) break;
      body.push(stripIndent(text, indent));
    }
    blocks.push({ lang: info.toLowerCase(), meta: parseMeta(meta), code: body.join('\n'), line: index + 2, indent });
    index = end;
  }
  return blocks;
}

/** Removes up to `indent` leading spaces, as CommonMark does for a fence's content. */
function stripIndent(text: string, indent: number): string {
  let cut = 0;
  while (cut < indent && text[cut] === ' ') cut += 1;
  return text.slice(cut);
}
