/**
 * Where a link inside a lesson points, for pages that show the lesson somewhere other than
 * /lessons/<id>/ (the print pages, the instructor edition): links were written for the lesson's own
 * URL, so they are resolved against it.
 */
import { isInternal, lessonPath, safeDecode, withBase } from './paths.ts';

const ORIGIN = 'http://site.invalid';

/** `href` as written in the lesson page at site path `lessonHref`, resolved (on a placeholder origin: read its path, search and hash). */
export function resolveInLesson(href: string, lessonHref: string): URL {
  return new URL(href, new URL(lessonHref, ORIGIN));
}

export interface LessonLink {
  /** The link resolved against /lessons/<from>/ (on a placeholder origin: read its path, search and hash). */
  url: URL;
  /** The lesson of `ids` the link opens, if any. */
  lesson: string | undefined;
}

/**
 * Returns a function resolving a link of lesson `from` against that lesson's URL and naming the
 * lesson of `ids` it opens; undefined for a link to another site or an in-page anchor.
 */
export function lessonLinkResolver(
  base: string,
  ids: readonly string[],
): (href: string, from: string) => LessonLink | undefined {
  const pages = new Map(ids.map((id) => [withBase(base, lessonPath(id)), id]));
  return (href, from) => {
    if (!isInternal(href) || href.startsWith('#')) return undefined;
    const url = resolveInLesson(href, withBase(base, lessonPath(from)));
    const path = safeDecode(url.pathname);
    return { url, lesson: pages.get(path) ?? pages.get(`${path}/`) };
  };
}
