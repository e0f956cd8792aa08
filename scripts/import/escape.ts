/**
 * Escaping note text for MDX. A note is data: braces would be JavaScript expressions, `<` a JSX
 * tag, `import`/`export` at the start of a line ESM, and a `javascript:` link a script. Inline
 * code spans are already literal in MDX, so only the text around them is escaped.
 */
import { isRemote, isSafeTarget } from './links.ts';

/** Splits `text` into code spans (`` `x` ``) and the text between them. */
export function splitCodeSpans(text: string): { code: boolean; value: string }[] {
  const parts: { code: boolean; value: string }[] = [];
  let last = 0;
  // A backtick run is whole (CommonMark): ``` `` ``` with no closer of its own length is text, and so is every backtick in it.
  for (const match of text.matchAll(/(?<!`)(`+)(?!`)([^`]|[^`][\s\S]*?[^`])\1(?!`)/gu)) {
    if (match.index > last) parts.push({ code: false, value: text.slice(last, match.index) });
    parts.push({ code: true, value: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ code: false, value: text.slice(last) });
  return parts;
}

/**
 * A Markdown link or image on one line (`[x](target "title")`, blanks allowed after `(`), or a
 * lone `](` that closes a label begun on an earlier line.
 */
const LINK = /(!?)\[([^\]\n]*)\]\(([^)\n]*)(\))?|\]\(/gu;

/** A link the lesson keeps, a remote image made a link to it, or else the text with its brackets escaped. */
function linkOrText(bang: string, label: string | undefined, inside: string, close: string | undefined): string {
  if (label === undefined) return ']\\(';
  const destination = /^[\t ]*(\S*)(.*)$/u.exec(inside);
  const target = destination?.[1] ?? '';
  const title = destination?.[2] ?? '';
  const whole = close !== undefined && isSafeTarget(target);
  if (whole && bang === '') return `[${label}](${target}${title})`;
  // A remote image cannot be fetched at build time: it becomes a link named by its alt text.
  if (whole && isRemote(target)) return `[${label.trim() || (target.split('/').at(-1) ?? target)}](${target}${title})`;
  return `${bang}\\[${label}]\\(${inside}${close ?? ''}`;
}

/** Escapes prose outside code spans so that MDX shows it as written. */
export function escapeText(text: string): string {
  return (
    splitCodeSpans(text)
      .map(({ code, value }) => (code ? value : escapePlain(value)))
      .join('')
      // `[x]: javascript:…` would define a link target for every `[x]` in the lesson.
      .replace(/^(\s*)\[(?=[^\]]*\]:)/u, '$1\\[')
      // A character reference keeps the word visible but stops MDX reading the line as ESM.
      .replace(
        /^(\s*)(i(?=mport\b)|e(?=xport\b))/u,
        (_all, space: string, letter: string) => `${space}&#${letter.charCodeAt(0)};`,
      )
  );
}

/** Escapes text that holds no code span. */
function escapePlain(text: string): string {
  return text
    .replace(/\\/gu, '\\\\')
    .replace(/&(?=#?[a-z\d]+;)/giu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/[{}]/gu, (brace) => `\\${brace}`)
    .replace(LINK, (_all, bang: string, label: string | undefined, inside: string, close: string | undefined) =>
      linkOrText(bang, label, inside, close),
    );
}

/** A JavaScript string literal for a JSX expression, with braces spelled as escapes so MDX never counts them. */
export function jsString(value: string): string {
  // A tab in prose is only space; JSON would write it as `\t`.
  return JSON.stringify(value.replace(/\t/gu, ' ')).replace(
    /[{}<>]/gu,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** A JSX attribute: a plain string when that is safe to read, an expression otherwise. */
export function jsxAttribute(name: string, value: string): string {
  return /^[^"{}<>&\\]*$/u.test(value) ? `${name}="${value}"` : `${name}={${jsString(value)}}`;
}
