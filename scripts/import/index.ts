/**
 * Turns a note's text into an MDX lesson: read blocks, level headings, render, add frontmatter,
 * then check that no line was lost. Pure: the caller reads files and writes the result.
 */
import { readBlocks } from './blocks.ts';
import type { Block, Issue } from './reading.ts';
import { toLines } from './normalize.ts';
import { levelHeadings } from './headings.ts';
import { renderMapped } from './render.ts';
import { unsafeMdx } from './mdx-safety.ts';
import {
  describe,
  guessPart,
  nextOrder,
  pickTags,
  plainText,
  renderFrontmatter,
  slugify,
  type Frontmatter,
  type GlossaryTerm,
} from './frontmatter.ts';
import { lostLines } from './verify.ts';
import { leftoverTags } from './inline.ts';
import { imageFileName } from './files.ts';
import { htmlHeading, isWrapperLine, lineComment, readPictures } from './html.ts';

export interface ImportOptions {
  /** The note's file name, e.g. `005_ab12.txt`. */
  file: string;
  /** Part ids from parts.yaml, in order. */
  parts: readonly string[];
  /** Lessons already in the course, for the next free order (a lesson re-imported over itself keeps its order). */
  lessons: readonly { slug: string; part: string; order: number }[];
  glossary: readonly GlossaryTerm[];
  /** True when an image the note references exists next to it. */
  imageExists: (src: string) => boolean;
  part?: string | undefined;
  order?: number | undefined;
  slug?: string | undefined;
}

export interface ImportedImage {
  src: string;
  file: string;
}

export interface Imported {
  slug: string;
  mdx: string;
  frontmatter: Frontmatter;
  images: ImportedImage[];
  /** Lines kept as text that need a person's eye, and images still to be taken. */
  issues: Issue[];
  /** Lines whose words did not reach the lesson (should be empty). */
  lost: number[];
  /** Nodes of the lesson MDX would run or follow somewhere unsafe, at their note line (must be empty). */
  unsafe: Issue[];
  /** For each line of `mdx` (0-based), the 1-based note line it came from; 0 for the frontmatter. */
  sources: number[];
}

/** Imports one note. Throws when `part` is not one of `parts`. */
export function importNote(text: string, options: ImportOptions): Imported {
  const lines = toLines(text);
  const reading = readBlocks(lines);
  const { blocks, title: heading, guessedAt } = levelHeadings(reading.blocks);
  const stem = options.file.replace(/\.[^.]+$/u, '');
  const title = heading ?? stem;
  if (options.part !== undefined && !options.parts.includes(options.part)) {
    throw new Error(`part "${options.part}" is not in parts.yaml; use one of: ${options.parts.join(', ')}`);
  }
  const part = options.part ?? guessPart(lines.join('\n'), options.parts);
  const slug = options.slug ?? slugify(title, stem);
  const same = options.lessons.find((lesson) => lesson.slug === slug && lesson.part === part);
  const others = options.lessons.filter((lesson) => lesson.slug !== slug);
  const objectives = blocks.flatMap((block) => (block.kind === 'objectives' ? block.items.map(plainText) : []));
  const frontmatter: Frontmatter = {
    title,
    description: describe(blocks, title),
    part,
    order: options.order ?? same?.order ?? nextOrder(others, part),
    objectives,
    sources: [`notes/${options.file.replace(/[^\w.-]/gu, '-')}`],
    tags: pickTags(lines.join('\n'), options.glossary),
  };
  const images: ImportedImage[] = [];
  const issues = [...reading.issues];
  if (guessedAt !== undefined) {
    issues.push({
      line: guessedAt,
      rule: 'title-guessed',
      message: `the note has no title of its own: the lesson is called "${title}" after its first section; set title: in the lesson's frontmatter`,
    });
  }
  const taken = others.find((lesson) => lesson.part === part && lesson.order === frontmatter.order);
  if (taken) {
    issues.push({
      line: 1,
      rule: 'order-taken',
      message: `order ${frontmatter.order} in part ${part} is already lesson ${taken.slug}; pick a free --order`,
    });
  }
  const body = renderMapped(blocks, {
    image: (src, line) => {
      const file = imageFileName(src, `screenshot-${line}`);
      const found = !/^[a-z][\w+.-]*:/iu.test(src) && options.imageExists(src);
      if (found && !images.some((image) => image.src === src)) images.push({ src, file });
      if (file !== (src.split(/[\\/]/u).at(-1) ?? src)) {
        issues.push({
          line,
          rule: 'image-renamed',
          message: `image ${src} is called ${file} in the lesson (screenshot names are ASCII letters, digits, . - _ and an image extension)`,
        });
      }
      return { file, found };
    },
  });
  for (const block of blocks) {
    if (block.kind === 'image' && !images.some((image) => image.src === block.src)) {
      issues.push({
        line: block.line,
        rule: 'pending-screenshot',
        message: `image ${block.src} is not next to the note; a <PendingScreenshot> stands in for it until the file is added`,
      });
    }
    if (block.kind === 'paragraph') {
      block.lines.forEach((line, offset) => {
        if (!/\p{L}/u.test(line))
          issues.push({
            line: block.line + offset,
            rule: 'stray-line',
            message: `"${line}" has no words; kept as a paragraph, check that it belongs in the lesson`,
          });
      });
    }
  }
  const code = codeLines(blocks);
  lines.forEach((line, index) => {
    if (code.has(index + 1)) return;
    for (const tag of leftoverTags(proseOf(line))) {
      issues.push({ line: index + 1, rule: 'html-as-text', message: `${tag} is shown as text, not run as HTML` });
    }
  });
  issues.push(...emptySections(blocks), ...hiddenComments(blocks));
  const head = renderFrontmatter(frontmatter);
  const mdx = `${head}\n\n${body.text}\n`;
  const sources = [...head.split('\n').map(() => 0), 0, ...body.sources];
  const lost = lostLines(lines, reading.markup, mdx);
  const unsafe = unsafeMdx(mdx).map((found) => ({
    line: sources[found.line - 1] ?? 1,
    rule: 'unsafe-mdx',
    message: `lesson line ${found.line}: ${found.message}; the importer must never write this, report it`,
  }));
  return { slug, mdx, frontmatter, images, issues: issues.sort((a, b) => a.line - b.line), lost, unsafe, sources };
}

/** Note lines that became code, where tags are code too. */
function codeLines(blocks: readonly Block[]): Set<number> {
  const out = new Set<number>();
  for (const block of blocks) {
    if (block.kind === 'quote') for (const line of codeLines(block.blocks)) out.add(line);
    if (block.kind !== 'code') continue;
    const sources = block.sources ?? block.lines.map((_, offset) => block.line + 1 + offset);
    for (const line of [block.line, ...sources]) out.add(line);
  }
  return out;
}

/** The text a line shows as prose: an `<h1>`'s text; nothing for a line the block reader read as HTML. */
function proseOf(line: string): string {
  const heading = htmlHeading(line.trim());
  if (heading) return heading.text;
  return isWrapperLine(line) || readPictures(line) || lineComment(line) !== undefined ? '' : line;
}

/** HTML comments, kept in the lesson as MDX comments that the page does not show. */
function hiddenComments(blocks: readonly Block[]): Issue[] {
  return blocks.flatMap((block) => {
    if (block.kind === 'quote') return hiddenComments(block.blocks);
    return block.kind === 'comment'
      ? [
          {
            line: block.line,
            rule: 'html-comment',
            message: 'an HTML comment is kept as an MDX comment: whoever edits the lesson sees it, the page does not',
          },
        ]
      : [];
  });
}

/** Headings with nothing under them before the next heading of the same or a higher level. */
function emptySections(blocks: ReturnType<typeof levelHeadings>['blocks']): Issue[] {
  return blocks.flatMap((block, index) => {
    if (block.kind !== 'heading') return [];
    const next = blocks[index + 1];
    const empty = next === undefined || (next.kind === 'heading' && next.rank <= block.rank);
    return empty
      ? [{ line: block.line, rule: 'empty-section', message: `heading "${block.text}" has no content under it` }]
      : [];
  });
}
