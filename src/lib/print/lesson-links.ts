/**
 * Links inside a lesson printed on a shared page: relative links are resolved against the lesson's
 * own URL (they were written for /lessons/<id>/), and links to a lesson on the same page become
 * jumps within it.
 */
import { isInternal, lessonPath, safeDecode, withBase } from '../paths.ts';

const ORIGIN = 'http://site.invalid';

/** Returns a function mapping a link in lesson `from` to what it must be on a page printing `ids`; undefined keeps it. */
export function lessonLinkRewriter(
  base: string,
  ids: readonly string[],
): (href: string, from: string) => string | undefined {
  const pages = new Map(ids.map((id) => [withBase(base, lessonPath(id)), id]));
  return (href, from) => {
    if (!isInternal(href) || href.startsWith('#')) return undefined;
    const url = new URL(href, new URL(withBase(base, lessonPath(from)), ORIGIN));
    const path = safeDecode(url.pathname);
    const id = pages.get(path) ?? pages.get(`${path}/`);
    if (id === undefined) return href.startsWith('/') ? undefined : `${url.pathname}${url.search}${url.hash}`;
    const fragment = safeDecode(url.hash.slice(1));
    return fragment === '' ? `#${id}` : `#${id}--${fragment}`;
  };
}
