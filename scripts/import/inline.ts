/**
 * Inline HTML the notes use: `<br>` becomes a space (a line of only `<br>` is a paragraph break,
 * handled by the block reader); `<span style=…>`, `<b>`, `<strong>`, `<i>`, `<em>` become Markdown
 * emphasis, `<del>` strikethrough, `<code>` a code span, `<a href>` a link, `<img>` an image (made
 * a link or text by escape.ts); `<sup>`, `<sub>` and `<kbd>` without attributes stay as they are,
 * and `<!-- -->` becomes an MDX comment. Any other tag, or one with an event handler, stays
 * visible text (escape.ts turns its `<` into `&lt;`).
 */
import { decodeHTML } from 'entities';
import { parseAttributes } from '../../src/lib/links/scan-html.ts';
import { escapeText, splitCodeSpans } from './escape.ts';
import { mdxComment } from './html.ts';
import { isSafeTarget } from './links.ts';

/** Attributes that only style text; anything else (an `on…` handler, `href`) keeps a tag literal. */
const STYLE_ONLY = /^(?:\s+(?:style|class|color|align|size|face)\s*=\s*(?:"[^"]*"|'[^']*'|[\w#-]+))*\s*$/iu;

const MARKS: Readonly<Record<string, string>> = {
  span: '**',
  b: '**',
  strong: '**',
  i: '*',
  em: '*',
  del: '~~',
  s: '~~',
  strike: '~~',
  u: '',
  ins: '',
  mark: '',
  font: '',
  small: '',
  big: '',
  summary: '**',
};

/** Tags lessons keep as they are when written without attributes. */
const KEPT = /&lt;(sup|sub|kbd)>((?:(?!&lt;)[^\n])*?)&lt;\/\1>/gu;

/** True when `line` holds nothing but `<br>` tags. */
export function isBreakLine(line: string): boolean {
  return /^\s*(?:<br\s*\/?>\s*)+$/iu.test(line);
}

/** An `<a href>` around text, as a Markdown link (escape.ts keeps it only when the target is safe). */
function anchorLink(attributes: string, inner: string): string | undefined {
  const attrs = parseAttributes(attributes);
  const href = attrs.get('href')?.trim();
  if (href === undefined || !isSafeTarget(href) || [...attrs.keys()].some((name) => /^on/iu.test(name)))
    return undefined;
  const label = inner.replace(
    /<img\b((?:[^>"']|"[^"]*"|'[^']*')*?)\/?>/giu,
    (_, img: string) => parseAttributes(img).get('alt') ?? '',
  );
  return `[${label.trim() || href}](${href.replace(/\s/gu, '%20')})`;
}

/** Replaces styling tags with Markdown, links and images with their Markdown forms, and `<br>` with a space. */
export function convertInlineHtml(text: string, trim = true): string {
  const converted = text
    .replace(/\s*<br\s*\/?>\s*/giu, ' ')
    .replace(/<code>([^<>`]*)<\/code\s*>/giu, (_, code: string) => `\`${decodeHTML(code)}\``)
    .replace(
      /<a\b((?:[^>"']|"[^"]*"|'[^']*')*)>((?:(?!<\/?a\b)[\s\S])*?)<\/a\s*>/giu,
      (tag, attributes: string, inner: string) => anchorLink(attributes, inner) ?? tag,
    )
    .replace(/<img\b((?:[^>"']|"[^"]*"|'[^']*')*?)\/?>/giu, (tag, attributes: string) => {
      const attrs = parseAttributes(attributes);
      const src = attrs.get('src')?.trim();
      if (!src || [...attrs.keys()].some((name) => /^on/iu.test(name))) return tag;
      return `![${attrs.get('alt') ?? ''}](${src.replace(/\s/gu, '%20')})`;
    })
    .replace(/<([a-z]+)\b([^<>]*)>([^<>]*)<\/\1\s*>/giu, (tag, name: string, attributes: string, inner: string) => {
      const mark = MARKS[name.toLowerCase()];
      if (mark === undefined || !STYLE_ONLY.test(attributes) || inner.trim() === '') return tag;
      return `${mark}${inner.trim()}${mark}`;
    });
  return trim ? converted.trim() : converted;
}

/** The tags and comments that escaping turned into text but a lesson keeps: `<sup>x</sup>`, `{/* 주석 *\/}`. */
function restoreKept(escaped: string): string {
  return escaped
    .replace(KEPT, '<$1>$2</$1>')
    .replace(/&lt;!--((?:(?!-->)[\s\S])*)-->/gu, (_, inner: string) => mdxComment(inner));
}

/** Converts a line of prose to MDX: inline HTML outside code spans becomes Markdown, then everything is escaped. */
export function formatInline(text: string): string {
  // A tab inside prose (kept by toLines for pasted tables) is only a space.
  const converted = splitCodeSpans(text.replace(/\t/gu, ' ').trim())
    .map(({ code, value }) => (code ? value : convertInlineHtml(value, false)))
    .join('');
  return splitCodeSpans(escapeText(converted.trim()))
    .map(({ code, value }) => (code ? value : restoreKept(value)))
    .join('');
}

/** Tags left in `text` after conversion, for the report: they are shown as text, not run. */
export function leftoverTags(text: string): string[] {
  const prose = splitCodeSpans(convertInlineHtml(text))
    .filter(({ code }) => !code)
    .map(({ value }) => value.replace(/<!--[\s\S]*?-->|<\/?(?:sup|sub|kbd)>/giu, ''))
    .join(' ');
  return [...prose.matchAll(/<\/?[a-z][\w-]*\b[^<>]*>/giu)]
    .map((match) => match[0])
    .filter((tag) => tag.includes('=') || !/\p{Script=Hangul}/u.test(tag));
}
