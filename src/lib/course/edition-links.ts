/**
 * Links inside a lesson shown in the instructor edition (/instructor/lessons/<id>/): written for
 * /lessons/<id>/, they are resolved against it; a link to a lesson goes to that lesson's instructor
 * view, anything else to the same page as before. In-page anchors stay as they are.
 */
import { withBase } from '../paths.ts';
import { lessonLinkResolver } from '../lesson-link.ts';
import { coursePath } from './paths.ts';

/** Returns a function mapping a link of lesson `from` to what it must be in the instructor edition; undefined keeps it. */
export function instructorLinkRewriter(
  base: string,
  ids: readonly string[],
): (href: string, from: string) => string | undefined {
  const resolve = lessonLinkResolver(base, ids);
  return (href, from) => {
    const link = resolve(href, from);
    if (!link) return undefined;
    const { url, lesson } = link;
    const target = lesson === undefined ? url.pathname : withBase(base, coursePath.instructorLesson(lesson));
    return `${target}${url.search}${url.hash}`;
  };
}
