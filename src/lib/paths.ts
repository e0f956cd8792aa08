/**
 * Base-aware links: the site may be hosted under a sub-path such as `/docker-course/`,
 * so every internal link goes through here.
 */

/** Joins Astro's `base` and a site path, with exactly one slash between them. */
export function withBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  const tail = path.replace(/^\/+/u, '');
  return `${head}${tail}`;
}

/** The site path of a lesson page. */
export function lessonPath(id: string): string {
  return `lessons/${id}/`;
}

/** True when `href` points inside the site (not another origin, not a mail or phone link). */
export function isInternal(href: string): boolean {
  return !/^(?:[a-z][a-z\d+.-]*:|\/\/)/iu.test(href);
}

/** Compares two site paths, ignoring a trailing slash and `index.html`. */
export function samePath(a: string, b: string): boolean {
  const clean = (p: string): string =>
    decodeURI(p)
      .replace(/index\.html$/u, '')
      .replace(/\/+$/u, '');
  return clean(a) === clean(b);
}
