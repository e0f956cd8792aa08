/**
 * Pieces of a small regex tokenizer for the HTML Astro writes, shared by the link check's scan
 * (links/scan-html.ts) and the print pages' id scoping (print/scope-html.ts). They read quoted or
 * bare attribute values, comments and raw-text elements; they are not a validator.
 */

/** A start tag's attribute text (one group): quoted values may hold `>`. */
export const ATTRS = String.raw`((?:[^>"']|"[^"]*"|'[^']*')*)`;

/** A comment, to its end or the end of the input. */
export const COMMENT = String.raw`<!--[\s\S]*?(?:-->|$)`;

/** One of `names` with its content, whose tags are text (groups: name, attributes, content). */
export function rawTextElement(names: readonly string[]): string {
  return String.raw`<(?<raw>${names.join('|')})(?=[\s/>])${ATTRS}>([\s\S]*?)(?:<\/\k<raw>\s*>|$)`;
}

/** One attribute: its name, then its value double-quoted, single-quoted or bare (groups 2 to 4). */
export const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/gu;

/** The value of an ATTRIBUTE match as written, character references and all; '' for a name alone. */
export function rawValue(match: RegExpMatchArray): string {
  return match[2] ?? match[3] ?? match[4] ?? '';
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references that appear in attribute values. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    /&(?:#x([\da-f]+)|#(\d+)|([a-z]+));/giu,
    (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
      if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
      if (dec) return String.fromCodePoint(Number.parseInt(dec, 10));
      return NAMED[name?.toLowerCase() ?? ''] ?? whole;
    },
  );
}
