/**
 * Gives every markdown link to another origin `rel="noopener"`, so a page opened from a lesson can
 * never script the lesson through `window.opener`; the link check enforces it on every page.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

const SAFE = 'noopener';

/** True when `href` leaves the site for an http(s) origin. */
export function isExternalHref(href: string): boolean {
  return /^(?:https?:)?\/\//iu.test(href);
}

/** The `rel` words of a link with `noopener` added once. */
export function withNoopener(rel: unknown): string[] {
  const words = Array.isArray(rel) ? rel.map(String) : typeof rel === 'string' ? rel.split(/\s+/u).filter(Boolean) : [];
  return words.includes(SAFE) ? words : [...words, SAFE];
}

/** The rehype plugin. */
export function rehypeExternalLinks() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      const href = node.properties['href'];
      if (node.tagName !== 'a' || typeof href !== 'string' || !isExternalHref(href)) return;
      node.properties['rel'] = withNoopener(node.properties['rel']);
    });
  };
}
