/**
 * Makes one lesson's HTML safe to print beside the others on a single page: its ids get a
 * per-lesson prefix (so `#설치` stays unique and its anchor links still land), and its headings
 * move down under the page's own part and lesson headings.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import type { Element, Properties } from 'hast';

export interface ScopeOptions {
  /** Put in front of every id, e.g. `install-docker--`. */
  prefix: string;
  /** How many levels headings move down (h2 becomes h4 with 2); the original level goes in `data-level`. */
  shift?: number;
  /** Rewrites a link that is not an in-page anchor (to point at another lesson on the same page); undefined keeps it. */
  rewriteHref?: (href: string) => string | undefined;
}

/** Properties that name one or more ids (hast names). */
const IDREFS = [
  'htmlFor',
  'ariaLabelledBy',
  'ariaDescribedBy',
  'ariaControls',
  'ariaOwns',
  'ariaActiveDescendant',
  'ariaDetails',
  'ariaErrorMessage',
  'ariaFlowTo',
  'headers',
  'list',
  'form',
  'popoverTarget',
] as const;

const HEADING = /^h([1-6])$/u;

function prefixRefs(value: Properties[string], prefix: string): Properties[string] {
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' ? `${prefix}${item}` : item));
  if (typeof value === 'string')
    return value
      .split(/\s+/u)
      .filter(Boolean)
      .map((id) => `${prefix}${id}`)
      .join(' ');
  return value;
}

function scopeHref(href: string, options: ScopeOptions): string {
  if (href.startsWith('#')) return href.length > 1 ? `#${options.prefix}${href.slice(1)}` : href;
  return options.rewriteHref?.(href) ?? href;
}

function scopeElement(node: Element, options: ScopeOptions): void {
  // Read as a plain record: hast types a few known properties more narrowly than it parses them.
  const properties: Record<string, Properties[string]> = node.properties;
  const { prefix } = options;
  if (typeof properties['id'] === 'string' && properties['id'] !== '')
    properties['id'] = `${prefix}${properties['id']}`;
  for (const name of IDREFS) {
    if (properties[name] !== undefined) properties[name] = prefixRefs(properties[name], prefix);
  }
  for (const name of ['href', 'xLinkHref'] as const) {
    const value = properties[name];
    if (typeof value === 'string') properties[name] = scopeHref(value, options);
  }
  for (const [name, value] of Object.entries(properties)) {
    if (typeof value === 'string' && value.includes('url(#'))
      properties[name] = value.replaceAll('url(#', `url(#${prefix}`);
  }
  const level = HEADING.exec(node.tagName)?.[1];
  if (level !== undefined && options.shift) {
    node.tagName = `h${Math.min(6, Number(level) + options.shift)}`;
    properties['dataLevel'] = level;
  }
}

/** Returns `html` with its ids prefixed, references to them following, and headings shifted. */
export function scopeHtml(html: string, options: ScopeOptions): string {
  const tree = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node: Element) => scopeElement(node, options));
  return toHtml(tree);
}
