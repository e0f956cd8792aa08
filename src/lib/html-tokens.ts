/**
 * Pieces of a small regex tokenizer for the HTML Astro writes, shared by the link check's scan
 * (links/scan-html.ts) and the print pages' id scoping (print/scope-html.ts). They read quoted or
 * bare attribute values, comments and raw-text elements; they are not a validator.
 */
import { decodeHTMLAttribute } from 'entities';

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

/**
 * Decodes the character references in an attribute value, as a browser does (the `entities`
 * library: every named reference, attribute rules for legacy ones like `&not=`, U+FFFD for
 * numbers past U+10FFFF instead of a RangeError).
 */
export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTMLAttribute(text) : text;
}
