/**
 * HTML that notes written for GitHub carry, read into what a lesson shows instead: `<h1>` a
 * heading, `<p align=center>`/`<div>` wrappers nothing, `<img>` and badge lines images or links,
 * `<pre><code>` a code block, `<!-- -->` an MDX comment. Inline tags are handled in inline.ts.
 */
import { decodeHTML } from 'entities';
import { parseAttributes } from '../../src/lib/links/scan-html.ts';

/** A picture a line shows, with the link around it if any. */
export interface Picture {
  alt: string;
  src: string;
  title: string;
  /** The target of a link wrapped around the picture (`<a href>`, `[![alt](src)](href)`). */
  href: string | undefined;
}

/** Tags that only lay a note out on GitHub (centering, grouping): a line of them carries nothing. */
const WRAPPER = /<\/?(?:p|div|center|span|details|picture|source)\b(?:[^>"']|"[^"]*"|'[^']*')*>|<br\s*\/?>/giu;

/** One `<img …>` tag (group 1: its attributes). */
const IMG = /<img\b((?:[^>"']|"[^"]*"|'[^']*')*?)\/?>/iu;

/** A Markdown image `![alt](src "title")` (groups: alt, src in <>, src, title). */
const MD_IMAGE = /!\[([^\]]*)\]\(\s*(?:<([^>]+)>|([^)"'\s]+(?:\s+[^)"'\s]+)*?))(?:\s+["']([^"']*)["'])?\s*\)/u;

/** True when `line` holds only layout tags (`<p align="center">`, `</div>`, `<br>`). */
export function isWrapperLine(line: string): boolean {
  return line.trim() !== '' && line.replace(WRAPPER, '').trim() === '' && !isBareBreakLine(line);
}

/** A line of only `<br>` is a paragraph break, which the block reader handles itself. */
function isBareBreakLine(line: string): boolean {
  return /^\s*(?:<br\s*\/?>\s*)+$/iu.test(line);
}

/** `<h2 id="x">제목</h2>` on one line: its level and text. */
export function htmlHeading(line: string): { level: number; text: string } | undefined {
  const match = /^\s*<h([1-6])\b[^>]*>(.*?)<\/h\1\s*>\s*$/iu.exec(line);
  return match ? { level: Number(match[1]), text: (match[2] ?? '').trim() } : undefined;
}

/** One picture from an `<img>` tag's attributes. */
function imgPicture(attributes: string, href: string | undefined): Picture | undefined {
  const attrs = parseAttributes(attributes);
  const src = attrs.get('src')?.trim() ?? '';
  // An event handler (`onerror=`) makes the tag something to show as text, never a picture.
  if (src === '' || [...attrs.keys()].some((name) => name.startsWith('on'))) return undefined;
  return { alt: attrs.get('alt') ?? '', src, title: attrs.get('title') ?? '', href };
}

/** The picture at the start of `text` (an image, or an image inside a link) and the text after it. */
function takePicture(text: string): { picture: Picture; rest: string } | undefined {
  const html = /^<a\b((?:[^>"']|"[^"]*"|'[^']*')*)>\s*(<img\b(?:[^>"']|"[^"]*"|'[^']*')*?\/?>)\s*<\/a\s*>/iu.exec(text);
  if (html) {
    const href = parseAttributes(html[1] ?? '').get('href');
    const picture = imgPicture(IMG.exec(html[2] ?? '')?.[1] ?? '', href);
    return picture && { picture, rest: text.slice(html[0].length) };
  }
  const img = new RegExp(`^${IMG.source}`, 'iu').exec(text);
  if (img) {
    const picture = imgPicture(img[1] ?? '', undefined);
    return picture && { picture, rest: text.slice(img[0].length) };
  }
  const linked = new RegExp(`^\\[${MD_IMAGE.source}\\]\\(\\s*([^)\\s]+)\\s*\\)`, 'u').exec(text);
  const plain = linked ? undefined : new RegExp(`^${MD_IMAGE.source}`, 'u').exec(text);
  const found = linked ?? plain;
  if (!found) return undefined;
  const src = (found[2] ?? found[3] ?? '').trim();
  const picture = { alt: found[1] ?? '', src, title: found[4] ?? '', href: linked?.[5] };
  return { picture, rest: text.slice(found[0].length) };
}

/**
 * The pictures of a line that shows nothing else: images, linked images (badges), separated by
 * blanks and layout tags. Undefined when the line holds anything more, or no picture.
 */
export function readPictures(line: string): Picture[] | undefined {
  let text = line.replace(WRAPPER, ' ').trim();
  if (!/^(?:<img\b|<a\b|!\[|\[!\[)/iu.test(text)) return undefined;
  const pictures: Picture[] = [];
  while (text !== '') {
    const taken = takePicture(text);
    if (!taken) return undefined;
    pictures.push(taken.picture);
    text = taken.rest.trim();
  }
  return pictures.length > 0 ? pictures : undefined;
}

/** The text of a one-line comment `<!-- 설명 -->`, or undefined. */
export function lineComment(line: string): string | undefined {
  return /^\s*<!--([\s\S]*?)-->\s*$/u.exec(line)?.[1]?.trim();
}

/** An MDX comment holding `text`: shown to whoever edits the lesson, not on the page, as the note's HTML comment was. */
export function mdxComment(text: string): string {
  return `{/* ${text.replace(/\*\//gu, '* /').trim()} */}`;
}

/** The language of a `<pre>` block's `<code class="language-x">`, and whether the line opens one. */
export function preStart(line: string): { lang: string } | undefined {
  const match = /^\s*<pre\b[^>]*>\s*(?:<code\b([^>]*)>)?/iu.exec(line);
  if (!match) return undefined;
  const lang = /language-([\w+#.-]+)|lang-([\w+#.-]+)/u.exec(parseAttributes(match[1] ?? '').get('class') ?? '');
  return { lang: lang?.[1] ?? lang?.[2] ?? '' };
}

/** The code lines of a `<pre><code>…</code></pre>` block spanning `lines`: tags removed, references decoded. */
export function preCode(lines: readonly string[]): string[] {
  const text = lines
    .join('\n')
    .replace(/^\s*<pre\b[^>]*>\s*(?:<code\b[^>]*>)?\n?/iu, '')
    .replace(/\n?(?:<\/code\s*>)?\s*<\/pre\s*>\s*$/iu, '');
  return decodeHTML(text.replace(/<\/?(?:code|span|b|strong|i|em)\b[^>]*>/giu, '')).split('\n');
}
