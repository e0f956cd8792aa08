/**
 * Picks marked elements out of a lesson's rendered HTML: the worksheet keeps only its exercises,
 * the instructor pages only its notes. An element is marked by `data-extract="<mark>"` on its start
 * tag (Exercise.astro, InstructorNote.astro); it ends at its own end tag, counting nested elements
 * of the same name. One pass of the html-tokens tokenizer, as the print pages' id scoping does.
 * Links in a piece taken off its lesson page are made absolute, so they still lead where they did.
 */
import { ATTRIBUTE, ATTRS, COMMENT, decodeEntities, rawTextElement, rawValue } from '../html-tokens.ts';
import { isInternal } from '../paths.ts';

const RAW = ['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'template'];
const TOKEN = new RegExp(
  [COMMENT, rawTextElement(RAW), String.raw`<([a-z][^\s/>]*)${ATTRS}>`, String.raw`<\/([a-z][^\s/>]*)\s*>`].join('|'),
  'giu',
);

/** The value of attribute `name` in a start tag's attribute text, or undefined. */
function attributeValue(attributes: string, name: string): string | undefined {
  for (const match of attributes.matchAll(ATTRIBUTE)) if (match[1]?.toLowerCase() === name) return rawValue(match);
  return undefined;
}

/** The outer HTML of every outermost element of `html` marked `data-extract="<mark>"`, in order. */
export function extractMarked(html: string, mark: string): string[] {
  const found: string[] = [];
  let open: { name: string; start: number; depth: number } | undefined;
  for (const match of html.matchAll(TOKEN)) {
    const [whole, , , , startName, attributes = '', endName] = match;
    const index = match.index;
    if (startName) {
      const name = startName.toLowerCase();
      if (open) {
        if (name === open.name && !attributes.trimEnd().endsWith('/')) open.depth += 1;
      } else if (attributeValue(attributes, 'data-extract') === mark) {
        open = { name, start: index, depth: 1 };
      }
    } else if (endName && open && endName.toLowerCase() === open.name) {
      open.depth -= 1;
      if (open.depth === 0) {
        found.push(html.slice(open.start, index + whole.length));
        open = undefined;
      }
    }
  }
  return found;
}

const HREF = /(<a\b(?:[^>"']|"[^"]*"|'[^']*')*?\shref=")([^"]*)(")/giu;
const ORIGIN = 'http://site.invalid';

/** `html` with every internal link resolved against `page` (a site path such as `/lessons/a/`) to an absolute path. */
export function resolveLinks(html: string, page: string): string {
  const from = new URL(page, ORIGIN);
  return html.replace(HREF, (whole, head: string, raw: string, tail: string) => {
    const href = decodeEntities(raw);
    if (!isInternal(href) || href.startsWith('/')) return whole;
    const url = new URL(href, from);
    const resolved = `${url.pathname}${url.search}${url.hash}`.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
    return `${head}${resolved}${tail}`;
  });
}
