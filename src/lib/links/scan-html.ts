/**
 * One pass over a built page: the ids a link can target, the URLs the page refers to, and its
 * inline scripts. Used by the link check and the page-cost measure. A small regex tokenizer rather
 * than a full parser: parse5's tokenizer took 9 s over the 180 MB a 1,000-lesson course writes,
 * this takes under 2 s. It reads what Astro writes (quoted or bare attribute values, raw-text
 * elements, comments) and is not a validator.
 */
import { ATTRIBUTE, ATTRS, COMMENT, decodeEntities, rawTextElement, rawValue } from '../html-tokens.ts';

/** A URL-bearing attribute of one element. */
export interface Ref {
  tag: string;
  attr: string;
  value: string;
  /** The element's `rel`, lower-cased words. */
  rel: string[];
  /** 1-based line of the element in the HTML. */
  line: number;
}

export interface ScannedPage {
  ids: Set<string>;
  refs: Ref[];
  /** Text of inline `<script>` elements (not JSON or other data blocks). */
  inlineScripts: string[];
}

/** Attributes that hold one URL, per element. */
const URL_ATTRS: Readonly<Partial<Record<string, readonly string[]>>> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  iframe: ['src'],
  use: ['href', 'xlink:href'],
};

/** Elements whose `srcset` lists candidate URLs. */
const SRCSET_TAGS: ReadonlySet<string> = new Set(['img', 'source']);

const SCRIPT_TYPES: ReadonlySet<string> = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/**
 * A comment, a raw-text element with its content, a start tag that can carry a URL, or any other
 * start tag with an `id`. Tags with neither (the thousands of `<span>`s of highlighted code) are
 * skipped inside the regular expression, which keeps a 1,000-lesson site's scan to seconds.
 */
const TOKEN = new RegExp(
  [
    COMMENT,
    rawTextElement(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']),
    String.raw`<(a|area|link|img|source|video|audio|use)(?=[\s/>])${ATTRS}>`,
    String.raw`<([a-z][^\s/>]*)(?=(?:[^>"']|"[^"]*"|'[^']*')*?\sid\s*=)${ATTRS}>`,
  ].join('|'),
  'giu',
);

/** The attributes of a start tag, names lower-cased, values decoded (a bare name has value ''). */
export function parseAttributes(text: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const match of text.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? '').toLowerCase();
    if (!attrs.has(name)) attrs.set(name, decodeEntities(rawValue(match)));
  }
  return attrs;
}

/** The URLs of a `srcset` value (URLs with a comma in them are not supported; Astro writes none). */
export function srcsetUrls(value: string): string[] {
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/u)[0] ?? '')
    .filter((url) => url !== '');
}

/** Scans `html` for ids, URL references and inline scripts. */
export function scanHtml(html: string): ScannedPage {
  const page: ScannedPage = { ids: new Set(), refs: [], inlineScripts: [] };
  let line = 1;
  // Compressed HTML has lines of 100 KB: look for the next newline once, not once per tag.
  let newline = html.indexOf('\n');
  for (const match of html.matchAll(TOKEN)) {
    const tag = (match[1] ?? match[4] ?? match[6])?.toLowerCase();
    const text = match[2] ?? match[5] ?? match[7] ?? '';
    if (!tag) continue;
    while (newline !== -1 && newline < match.index) {
      line += 1;
      newline = html.indexOf('\n', newline + 1);
    }
    const attrs = parseAttributes(text);
    const id = attrs.get('id');
    if (id) page.ids.add(id);
    const name = attrs.get('name');
    if (name && tag === 'a') page.ids.add(name);
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/u).filter(Boolean);
    for (const attr of URL_ATTRS[tag] ?? []) {
      const value = attrs.get(attr);
      if (value !== undefined) page.refs.push({ tag, attr, value: value.trim(), rel, line });
    }
    const srcset = SRCSET_TAGS.has(tag) ? attrs.get('srcset') : undefined;
    for (const value of srcset ? srcsetUrls(srcset) : []) page.refs.push({ tag, attr: 'srcset', value, rel, line });
    if (tag === 'script' && !attrs.has('src') && SCRIPT_TYPES.has((attrs.get('type') ?? '').toLowerCase())) {
      page.inlineScripts.push(match[3] ?? '');
    }
  }
  return page;
}
