/**
 * Inline HTML the notes use for layout: `<br>` becomes a space (a line of only `<br>` is a
 * paragraph break, handled by the block reader), and `<span style=…>`, `<b>`, `<strong>`,
 * `<i>`, `<em>` become Markdown emphasis. Any other tag, or one with an event handler, stays
 * visible text (escape.ts turns its `<` into `&lt;`).
 */
import { escapeText, splitCodeSpans } from './escape.ts';

/** Attributes that only style text; anything else (an `on…` handler, `href`) keeps a tag literal. */
const STYLE_ONLY = /^(?:\s+(?:style|class|color)\s*=\s*(?:"[^"]*"|'[^']*'))*\s*$/iu;

const EMPHASIS: Readonly<Record<string, string>> = { span: '**', b: '**', strong: '**', i: '*', em: '*' };

/** True when `line` holds nothing but `<br>` tags. */
export function isBreakLine(line: string): boolean {
  return /^\s*(?:<br\s*\/?>\s*)+$/iu.test(line);
}

/** Replaces styling tags with Markdown emphasis and `<br>` with a space. */
export function convertInlineHtml(text: string, trim = true): string {
  const converted = text
    .replace(/\s*<br\s*\/?>\s*/giu, ' ')
    .replace(
      /<(span|b|strong|i|em)\b([^<>]*)>([^<>]*)<\/\1\s*>/giu,
      (tag, name: string, attributes: string, inner: string) => {
        const mark = EMPHASIS[name.toLowerCase()];
        if (mark === undefined || !STYLE_ONLY.test(attributes) || inner.trim() === '') return tag;
        return `${mark}${inner.trim()}${mark}`;
      },
    );
  return trim ? converted.trim() : converted;
}

/** Converts a line of prose to MDX: inline HTML outside code spans becomes Markdown, then everything is escaped. */
export function formatInline(text: string): string {
  const converted = splitCodeSpans(text.trim())
    .map(({ code, value }) => (code ? value : convertInlineHtml(value, false)))
    .join('');
  return escapeText(converted.trim());
}

/** Tags left in `text` after conversion, for the report: they are shown as text, not run. */
export function leftoverTags(text: string): string[] {
  const prose = splitCodeSpans(convertInlineHtml(text))
    .filter(({ code }) => !code)
    .map(({ value }) => value)
    .join(' ');
  return [...prose.matchAll(/<\/?[a-z][\w-]*\b[^<>]*>/giu)]
    .map((match) => match[0])
    .filter((tag) => tag.includes('=') || !/\p{Script=Hangul}/u.test(tag));
}
