/**
 * Sätteri hast plugin: gives every markdown link to another origin `rel="noopener"`, so a page
 * opened from a lesson can never script the lesson through `window.opener`; the link check
 * enforces it on every page.
 */
import type { HastPluginDefinition } from 'satteri';

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

/** The plugin. */
export function externalLinks(): HastPluginDefinition {
  return {
    name: 'course:external-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties['href'];
        if (typeof href !== 'string' || !isExternalHref(href)) return;
        ctx.setProperty(node, 'rel', withNoopener(node.properties['rel']));
      },
    },
  };
}
