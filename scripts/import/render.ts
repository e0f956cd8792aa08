/**
 * Writes blocks as MDX using the course's components (src/components/mdx/index.ts):
 * Callout, Comparison, PendingScreenshot, and plain Markdown for the rest.
 */
import type { Block, ListItem } from './reading.ts';
import { formatInline } from './inline.ts';
import { jsxAttribute } from './escape.ts';
import { renderComparison, renderMarkdownTable } from './tables.ts';
import { plainTitle } from './headings.ts';
import { mdxComment } from './html.ts';

export interface RenderContext {
  /** The file name an image gets in the lesson's `images/`, and whether the note came with it. */
  image: (src: string, line: number) => { file: string; found: boolean };
}

/** MDX text and, for each of its lines, the 1-based note line it came from. */
export interface Rendered {
  text: string;
  sources: number[];
}

/** Alt texts that say nothing about the picture (`![Alt text](image.png)`). */
const EMPTY_ALT = /^(?:alt text|image|img|screenshot|사진|이미지)?$/iu;

/** A label line: `정의: …`, `역할: …`. */
const LABEL = /^([^:：]{1,20}?)\s*[:：]\s+(\S.*)$/u;

/** Renders the body of a lesson (without frontmatter). */
export function renderBody(blocks: readonly Block[], context: RenderContext): string {
  return renderMapped(blocks, context).text;
}

/** Renders the body of a lesson and says which note line each of its lines comes from. */
export function renderMapped(blocks: readonly Block[], context: RenderContext): Rendered {
  let heading = '';
  let last = '';
  const text: string[] = [];
  const sources: number[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') heading = plainTitle(block.text);
    const about = [heading, [...last].length <= 60 ? last : ''].filter((part) => part !== '').join(' — ');
    const rendered =
      block.kind === 'quote'
        ? renderQuote(block.blocks, context)
        : withSources(block, renderBlock(block, about, context));
    last = lastText(block) ?? (block.kind === 'image' ? last : '');
    if (rendered.text === '') continue;
    if (text.length > 0) {
      text.push('');
      sources.push(block.line);
    }
    text.push(rendered.text);
    sources.push(...rendered.sources);
  }
  return { text: text.join('\n'), sources };
}

/** A quote's blocks, each line behind `> `; a heading inside a quote is bold text, since quotes have no sections. */
function renderQuote(blocks: readonly Block[], context: RenderContext): Rendered {
  const flat = blocks.map((block): Block =>
    block.kind === 'heading' ? { kind: 'paragraph', lines: [`**${block.text}**`], line: block.line } : block,
  );
  const inner = renderMapped(flat, context);
  return {
    text: inner.text
      .split('\n')
      .map((line) => (line === '' ? '>' : `> ${line}`))
      .join('\n'),
    sources: inner.sources,
  };
}

/** The note line of each line of `text`, the rendering of `block`: code lines and list items know theirs. */
function withSources(block: Block, text: string): Rendered {
  const count = text === '' ? 0 : text.split('\n').length;
  const sources = Array.from({ length: count }, () => block.line);
  if (block.kind === 'code') {
    block.lines.forEach((_, offset) => {
      sources[offset + 1] = block.sources?.[offset] ?? block.line + 1 + offset;
    });
    sources[count - 1] = sources[count - 2] ?? block.line;
  }
  if (block.kind === 'list' && count === block.items.length)
    block.items.forEach((item, offset) => (sources[offset] = item.line));
  return { text, sources };
}

/** The last line of prose a block shows, which a screenshot after it most likely illustrates. */
function lastText(block: Block): string | undefined {
  if (block.kind === 'paragraph') return plainTitle(block.lines.at(-1) ?? '');
  if (block.kind === 'list') return plainTitle(block.items.at(-1)?.text ?? '');
  return undefined;
}

/** One block as MDX; `about` names what a screenshot here shows. */
function renderBlock(block: Block, heading: string, context: RenderContext): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.rank)} ${formatInline(block.text.replace(/\s+/gu, ' '))}`;
    case 'paragraph':
      return renderParagraph(block.lines);
    case 'list':
      return renderList(block.items);
    case 'code': {
      const longest = Math.max(
        2,
        ...block.lines.map((line) => Math.max(0, ...[...line.matchAll(/`+/gu)].map((m) => m[0].length))),
      );
      const fence = '`'.repeat(longest + 1);
      return [`${fence}${block.lang}${block.meta === undefined ? '' : ` ${block.meta}`}`, ...block.lines, fence].join(
        '\n',
      );
    }
    case 'comparison':
      return renderComparison(block.caption, block.columns, block.rows);
    case 'table':
      return renderMarkdownTable(block.header, block.align, block.rows);
    case 'callout':
      return [`<Callout type="${block.type}">`, renderParagraph(block.lines), '</Callout>'].join('\n');
    case 'image':
      return renderImage(block, heading, context);
    case 'rule':
      return '---';
    case 'objectives':
      return '';
    case 'comment':
      return mdxComment(block.text);
    case 'links':
      return block.links
        .map((link) => formatInline(`[${link.label.replace(/[[\]]/gu, '\\$&')}](${link.target})`))
        .join(' ');
    case 'quote':
      return renderQuote(block.blocks, context).text;
  }
}

/** True when every line of a paragraph (two or more) is a `label: value` line. */
export function isLabelRun(lines: readonly string[]): boolean {
  return lines.length >= 2 && lines.every((line) => LABEL.test(line));
}

/** Lines of prose; a run of `label: value` lines becomes a list with the labels in bold. */
function renderParagraph(lines: readonly string[]): string {
  const labels = lines.map((line) => LABEL.exec(line));
  if (isLabelRun(lines)) {
    return labels
      .map((label) => `- **${formatInline(label?.[1] ?? '')}**: ${formatInline(label?.[2] ?? '')}`)
      .join('\n');
  }
  return lines.map(formatInline).join('\n');
}

/** A list, children indented under their parent's marker. */
function renderList(items: readonly ListItem[]): string {
  const indents: number[] = [];
  return items
    .map((item) => {
      const marker = item.ordered ? `${item.number}.` : '-';
      const indent = item.depth === 0 ? 0 : (indents[item.depth - 1] ?? 0);
      indents[item.depth] = indent + marker.length + 1;
      return `${' '.repeat(indent)}${marker} ${formatInline(item.text)}`;
    })
    .join('\n');
}

/** A Markdown image when the file came with the note, else a PendingScreenshot saying what belongs there. */
function renderImage(block: Extract<Block, { kind: 'image' }>, about: string, context: RenderContext): string {
  const { file: name, found } = context.image(block.src, block.line);
  const given = EMPTY_ALT.test(block.alt.trim()) ? '' : block.alt.trim();
  const alt = given || about || name;
  if (found) {
    const title = block.title ? ` "${block.title.replace(/"/gu, "'")}"` : '';
    return `![${formatInline(alt).replace(/[[\]]/gu, '\\$&')}](./images/${name}${title})`;
  }
  const original = block.src.split(/[\\/]/u).at(-1) ?? block.src;
  const renamed = original === name ? '' : `원래 파일 이름: ${original}`;
  const describe = [given, block.title.trim(), about, renamed].filter(
    (text, index, all) => text !== '' && all.indexOf(text) === index,
  );
  return [
    `<PendingScreenshot ${jsxAttribute('file', name)} ${jsxAttribute('alt', alt)}>`,
    `이 자리에 들어갈 화면: ${formatInline(describe.join(' — ') || name)}`,
    '</PendingScreenshot>',
  ].join('\n');
}
