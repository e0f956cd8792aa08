/**
 * Links inside a lesson printed on a shared page: relative links are resolved against the lesson's
 * own URL (they were written for /lessons/<id>/), and links to a lesson on the same page become
 * jumps within it.
 */
import { safeDecode } from '../paths.ts';
import { lessonLinkResolver } from '../lesson-link.ts';

/** Returns a function mapping a link in lesson `from` to what it must be on a page printing `ids`; undefined keeps it. */
export function lessonLinkRewriter(
  base: string,
  ids: readonly string[],
): (href: string, from: string) => string | undefined {
  const resolve = lessonLinkResolver(base, ids);
  return (href, from) => {
    const link = resolve(href, from);
    if (!link) return undefined;
    const { url, lesson } = link;
    if (lesson === undefined) return href.startsWith('/') ? undefined : `${url.pathname}${url.search}${url.hash}`;
    const fragment = safeDecode(url.hash.slice(1));
    return fragment === '' ? `#${lesson}` : `#${lesson}--${fragment}`;
  };
}
