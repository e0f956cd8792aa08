/**
 * Checks that no line of a note was lost: every word (letters and digits) of every content line
 * must appear in the lesson. Words are counted, so a line dropped beside a copy of it is still found.
 */
import { decodeHTML } from 'entities';

/** Words of a note line, without the markup the importer converts (tags, list numbers, prompts' `#`). */
export function lineWords(line: string): string[] {
  const text = decodeHTML(line)
    // A linked image (a badge) reaches the lesson as its alt text and the link's target.
    .replace(
      /<a\b[^>]*?\bhref\s*=\s*["']?([^"'\s>]*)[^>]*>\s*<img\b[^>]*?(?:\balt\s*=\s*["']([^"']*)["'])?[^>]*>\s*<\/a\s*>|\[!\[([^\]]*)\]\([^)]*\)\]\(([^)]*)\)/giu,
      (_, href?: string, alt?: string, mdAlt?: string, mdHref?: string) =>
        ` ${alt ?? mdAlt ?? ''} ${href ?? mdHref ?? ''} `,
    )
    // An image reaches the lesson as its file name and its alt text; any other tag is markup.
    .replace(/<img\b[^>]*?\bsrc\s*=\s*["']?([^"'>]*)[^>]*>/giu, (tag, src: string) => {
      const alt = /\balt\s*=\s*["']([^"']*)["']/iu.exec(tag)?.[1] ?? '';
      return ` ${alt} ${src.split(/[\\/]/u).at(-1) ?? ''} `;
    })
    .replace(/<!--|-->|<\/?[a-z][\w-]*\b(?:[^>"']|"[^"]*"|'[^']*')*>/giu, ' ')
    // A Markdown image reaches the lesson as its file name and, unless it says nothing, its alt text.
    .replace(
      /!\[([^\]]*)\]\(\s*<?([^)>"']+?)>?(?:\s+["'][^"']*["'])?\s*\)/gu,
      (_, alt: string, src: string) =>
        ` ${/^(?:alt text|image|img|screenshot)?$/iu.test(alt.trim()) ? '' : alt} ${src.split(/[\\/]/u).at(-1) ?? ''} `,
    )
    .replace(/^[\s#]*(?:\(?\d{1,2}(?:[.)]\)?)?|[0-9]\u{FE0F}?\u{20E3})\s+/u, ' ');
  return words(text);
}

/** Lower-cased runs of letters and digits. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Decodes the character references (any, with `entities`) and `\\uXXXX` escapes the escaper writes, so `&lt;script&gt;` counts as `script`. */
function decodeReferences(text: string): string {
  return decodeHTML(text).replace(/\\u([0-9a-f]{4})/giu, (_, hex: string) =>
    String.fromCodePoint(Number.parseInt(hex, 16)),
  );
}

/** 1-based numbers of the lines of `lines` (outside `skip`) whose words are missing from `output`. */
export function lostLines(lines: readonly string[], skip: ReadonlySet<number>, output: string): number[] {
  const pool = new Map<string, number>();
  for (const word of words(decodeReferences(output))) pool.set(word, (pool.get(word) ?? 0) + 1);
  const lost: number[] = [];
  lines.forEach((line, index) => {
    if (skip.has(index + 1)) return;
    const needed = lineWords(line);
    const missing = needed.filter((word) => {
      const left = pool.get(word) ?? 0;
      pool.set(word, left - 1);
      return left <= 0;
    });
    if (missing.length > 0) lost.push(index + 1);
  });
  return lost;
}
