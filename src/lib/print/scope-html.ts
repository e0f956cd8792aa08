/**
 * Makes one lesson's HTML safe to print beside the others on a single page: its ids get a
 * per-lesson prefix (so `#설치` stays unique and its anchor links still land), and its headings
 * move down under the page's own part and lesson headings.
 *
 * One pass of a regular expression over the start tags of the HTML Astro rendered, rewriting only
 * the attributes that change: parsing with parse5 and serializing with hast-util-to-html took
 * 2.5 s of a 1,000-lesson build. Values are rewritten as written, character references and all.
 */
import { ATTRIBUTE, ATTRS, COMMENT, decodeEntities, rawTextElement, rawValue } from '../html-tokens.ts';

export interface ScopeOptions {
  /** Put in front of every id, e.g. `install-docker--`. */
  prefix: string;
  /** How many levels headings move down (h2 becomes h4 with 2); the original level goes in `data-level`. */
  shift?: number;
  /** Rewrites a link that is not an in-page anchor (to point at another lesson on the same page); undefined keeps it. */
  rewriteHref?: (href: string) => string | undefined;
}

/** Attributes that name one or more ids. */
const IDREFS: ReadonlySet<string> = new Set([
  'for',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'aria-activedescendant',
  'aria-details',
  'aria-errormessage',
  'aria-flowto',
  'headers',
  'list',
  'form',
  'popovertarget',
]);

/**
 * Elements whose content is left as it is: the raw-text ones, and `template`, whose content is an
 * inert fragment hast keeps apart from the tree (scoping has never reached into it).
 */
const UNSCOPED_CONTENT = ['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'template'];

const START_TAG = String.raw`<([a-z][^\s/>]*)${ATTRS}>`;

const HEADING_END = String.raw`<\/(h[1-6])\s*>`;

/** A comment, an element with unscoped content, any other start tag, or a heading's end tag. */
const TOKEN = new RegExp([COMMENT, rawTextElement(UNSCOPED_CONTENT), START_TAG, HEADING_END].join('|'), 'giu');

/** Attribute text that may hold something to rewrite; other tags (most of them) are copied as they are. */
const MAY_SCOPE = /\b(?:id|for|href|aria-|headers|list|form|popovertarget)|url\(#/iu;

const HEADING = /^h([1-6])$/iu;

/** ScopeOptions with the prefix as it is written in an attribute value. */
type Scope = ScopeOptions & { written: string };

/** `text` as it is written in a double-quoted attribute value. */
function encode(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
}

/** An href scoped: in-page anchors follow the prefixed ids, other links go through rewriteHref. */
function scopeHref(raw: string, scope: Scope): string {
  const href = decodeEntities(raw);
  if (href === '#') return raw;
  if (href.startsWith('#'))
    return raw.startsWith('#') ? `#${scope.written}${raw.slice(1)}` : encode(`#${scope.prefix}${href.slice(1)}`);
  const rewritten = scope.rewriteHref?.(href);
  return rewritten === undefined ? raw : encode(rewritten);
}

/** The value of attribute `name` (lower case) scoped, still written as it is in the HTML. */
function scopeValue(name: string, raw: string, scope: Scope): string {
  let value = raw;
  if (name === 'id') value = raw === '' ? raw : `${scope.written}${raw}`;
  else if (IDREFS.has(name))
    value = raw
      .split(/\s+/u)
      .filter(Boolean)
      .map((id) => `${scope.written}${id}`)
      .join(' ');
  else if (name === 'href' || name === 'xlink:href') value = scopeHref(raw, scope);
  return value.includes('url(#') ? value.replaceAll('url(#', `url(#${scope.written}`) : value;
}

/** The start tag `<tag attrs>` with its attributes scoped and, for a heading, moved down. */
function scopeTag(token: string, tag: string, attrs: string, scope: Scope): string {
  const level = scope.shift ? HEADING.exec(tag)?.[1] : undefined;
  if (level === undefined && !MAY_SCOPE.test(attrs)) return token;
  let out = '';
  let copied = 0;
  let last = 0;
  let hasLevel = false;
  for (const match of attrs.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? '').toLowerCase();
    const raw = rawValue(match);
    last = match.index + match[0].length;
    hasLevel ||= name === 'data-level';
    const value = level !== undefined && name === 'data-level' ? level : scopeValue(name, raw, scope);
    if (value === raw) continue;
    out += `${attrs.slice(copied, match.index)}${match[1] ?? ''}="${value.replaceAll('"', '&quot;')}"`;
    copied = last;
  }
  if (level === undefined) return copied === 0 ? token : `<${tag}${out}${attrs.slice(copied)}>`;
  // data-level goes after the last attribute, before any trailing `/`.
  const added = hasLevel ? '' : ` data-level="${level}"`;
  return `<h${shifted(level, scope)}${out}${attrs.slice(copied, last)}${added}${attrs.slice(last)}>`;
}

/** The heading level `level` moves to, h6 at the most. */
function shifted(level: string, scope: Scope): number {
  return Math.min(6, Number(level) + (scope.shift ?? 0));
}

/** Returns `html` with its ids prefixed, references to them following, and headings shifted. */
export function scopeHtml(html: string, options: ScopeOptions): string {
  const scope: Scope = { ...options, written: encode(options.prefix) };
  let out = '';
  let copied = 0;
  for (const match of html.matchAll(TOKEN)) {
    const [token, outerTag, outerAttrs, , tag, attrs, endTag] = match;
    let scoped = token;
    if (outerTag !== undefined && outerAttrs !== undefined) {
      // Only the start tag: what the element holds stays as it is.
      const start = `<${outerTag}${outerAttrs}>`;
      scoped = `${scopeTag(start, outerTag, outerAttrs, scope)}${token.slice(start.length)}`;
    } else if (tag !== undefined && attrs !== undefined) scoped = scopeTag(token, tag, attrs, scope);
    else if (endTag !== undefined && scope.shift) scoped = `</h${shifted(endTag.slice(1), scope)}>`;
    if (scoped === token) continue;
    out += `${html.slice(copied, match.index)}${scoped}`;
    copied = match.index + token.length;
  }
  return copied === 0 ? html : `${out}${html.slice(copied)}`;
}
