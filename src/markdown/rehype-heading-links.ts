/**
 * Adds a visible `#` link after every h2–h4 that has an id, so a reader can copy a link to
 * the section. Runs after Astro's `rehypeHeadingIds`.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { t } from '../i18n/ko.ts';

const LINKED = new Set(['h2', 'h3', 'h4']);

/** The rehype plugin. */
export function rehypeHeadingLinks() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      const id = node.properties['id'];
      if (!LINKED.has(node.tagName) || typeof id !== 'string') return;
      const title = toString(node).trim();
      node.children.push({
        type: 'element',
        tagName: 'a',
        properties: {
          className: ['heading-anchor'],
          href: `#${id}`,
          ariaLabel: t('heading.anchor', { title }),
          dataPagefindIgnore: '',
        },
        children: [{ type: 'text', value: '#' }],
      });
    });
  };
}
