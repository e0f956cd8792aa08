/**
 * Escaping note text for MDX. A note is data: braces would be JavaScript expressions, `<` a JSX
 * tag, `import`/`export` at the start of a line ESM, and a `javascript:` link a script. Inline
 * code spans are already literal in MDX, so only the text around them is escaped.
 */

/** Splits `text` into code spans (`` `x` ``) and the text between them. */
export function splitCodeSpans(text: string): { code: boolean; value: string }[] {
  const parts: { code: boolean; value: string }[] = [];
  let last = 0;
  for (const match of text.matchAll(/(`+)(?!`)([^`]|[^`][\s\S]*?[^`])\1(?!`)/gu)) {
    if (match.index > last) parts.push({ code: false, value: text.slice(last, match.index) });
    parts.push({ code: true, value: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ code: false, value: text.slice(last) });
  return parts;
}

/** Link targets a lesson may point at: the web, mail, and paths inside the site. */
const SAFE_URL = /^(?:https?:\/\/|mailto:|#|\.{1,2}\/|\/(?!\/))|^[^:]*$/iu;

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
    .replace(
      /(!?)\[([^\]\n]*)\]\(([^)\s]*)([^)]*)\)/gu,
      (link, bang: string, label: string, url: string, rest: string) =>
        SAFE_URL.test(url) && bang === '' ? link : `${bang}\\[${label}](${url}${rest})`,
    );
}

/** A JavaScript string literal for a JSX expression, with braces spelled as escapes so MDX never counts them. */
export function jsString(value: string): string {
  return JSON.stringify(value).replace(/[{}<>]/gu, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A JSX attribute: a plain string when that is safe to read, an expression otherwise. */
export function jsxAttribute(name: string, value: string): string {
  return /^[^"{}<>&\\]*$/u.test(value) ? `${name}="${value}"` : `${name}={${jsString(value)}}`;
}
