/**
 * Sätteri hast plugin: gives every heading its id (GitHub-style slugs, as Astro's own heading-ids
 * plugin makes them) and adds a `#` link after every h2–h4, so a reader can copy a link to the
 * section. It runs before Astro's heading-ids plugin, which keeps the ids it finds. The link has
 * no text of its own (the `#` is drawn by CSS), so the headings Astro collects for the table of
 * contents read as written.
 */
import type { HastPluginDefinition } from 'satteri';
import { t } from '../i18n/ko.ts';
import { headingIds } from '../lib/heading-ids.ts';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
const LINKED: ReadonlySet<string> = new Set(['h2', 'h3', 'h4']);

/** The plugin, with a fresh slugger for each document. */
export function headingLinks(): () => HastPluginDefinition {
  return () => {
    const slug = headingIds();
    return {
      name: 'course:heading-links',
      element: {
        filter: HEADINGS,
        visit(node, ctx) {
          const title = ctx.textContent(node).trim();
          const existing = node.properties['id'];
          const id = typeof existing === 'string' ? existing : slug(ctx.textContent(node));
          if (typeof existing !== 'string') ctx.setProperty(node, 'id', id);
          if (!LINKED.has(node.tagName)) return;
          ctx.appendChild(node, {
            type: 'element',
            tagName: 'a',
            properties: {
              className: ['heading-anchor'],
              href: `#${id}`,
              ariaLabel: t('heading.anchor', { title }),
              dataPagefindIgnore: '',
            },
            children: [],
          });
        },
      },
    };
  };
}
