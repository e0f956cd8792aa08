/** Reads the HTML blocks of a note: comments over several lines, `<pre>` blocks and lines of pictures. */
import type { Block } from './reading.ts';
import { guessLang } from './guess-lang.ts';
import { preCode, type Picture } from './html.ts';
import { isRemote, isSafeTarget } from './links.ts';

/** A comment from its `<!--` line to the line that closes it (or the end of the note). */
export function readComment(lines: readonly string[], start: number, blocks: Block[]): number {
  let end = start;
  while (end < lines.length - 1 && !(lines[end] ?? '').includes('-->')) end += 1;
  const text = lines
    .slice(start, end + 1)
    .join('\n')
    .replace(/^\s*<!--/u, '');
  const close = text.indexOf('-->');
  blocks.push({ kind: 'comment', text: (close === -1 ? text : text.slice(0, close)).trim(), line: start + 1 });
  const after = close === -1 ? '' : text.slice(close + 3).trim();
  if (after !== '') blocks.push({ kind: 'paragraph', lines: [after], line: end + 1 });
  return end + 1;
}

/** A `<pre>` block, as a code block whose language is its `language-x` class, or what its code reads as. */
export function readPre(lines: readonly string[], start: number, blocks: Block[], markup: Set<number>): number {
  let end = start;
  while (end < lines.length - 1 && !/<\/pre\s*>/iu.test(lines[end] ?? '')) end += 1;
  const code = preCode(lines.slice(start, end + 1));
  const lang = /language-([\w+#.-]+)/u.exec(lines[start] ?? '')?.[1] ?? '';
  blocks.push({ kind: 'code', lang: lang || guessLang(code), lines: code, line: start + 1 });
  if (code.length === end - start - 1) {
    markup.add(start + 1);
    markup.add(end + 1);
  }
  return end + 1;
}

/** The file name at the end of a URL, for a picture that has no alt text. */
function fileName(src: string): string {
  return src.split(/[?#]/u)[0]?.split('/').filter(Boolean).at(-1) ?? src;
}

/**
 * The pictures of one line: a picture that came with the note is an image; one on another host
 * (which the build cannot fetch), and every badge, is a link named by its alt text.
 */
export function readPictures(pictures: readonly Picture[], line: number, blocks: Block[]): void {
  const links: { label: string; target: string }[] = [];
  const flush = (): void => {
    if (links.length > 0) blocks.push({ kind: 'links', links: links.splice(0), line });
  };
  for (const picture of pictures) {
    if (!isRemote(picture.src)) {
      flush();
      blocks.push({ kind: 'image', alt: picture.alt, src: picture.src, title: picture.title, line });
      continue;
    }
    const href = picture.href !== undefined && isSafeTarget(picture.href) ? picture.href : picture.src;
    links.push({ label: picture.alt.trim() || fileName(picture.src), target: href });
  }
  flush();
}
