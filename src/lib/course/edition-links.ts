/**
 * Links inside a lesson shown in the instructor edition (/instructor/lessons/<id>/): written for
 * /lessons/<id>/, they are resolved against it; a link to a lesson goes to that lesson's instructor
 * view, anything else to the same page as before. In-page anchors stay as they are.
 */
import { isInternal, lessonPath, safeDecode, withBase } from '../paths.ts';
import { coursePath } from './paths.ts';

const ORIGIN = 'http://site.invalid';

/** Returns a function mapping a link of lesson `from` to what it must be in the instructor edition; undefined keeps it. */
export function instructorLinkRewriter(
  base: string,
  ids: readonly string[],
): (href: string, from: string) => string | undefined {
  const pages = new Map(ids.map((id) => [withBase(base, lessonPath(id)), id]));
  return (href, from) => {
    if (!isInternal(href) || href.startsWith('#')) return undefined;
    const url = new URL(href, new URL(withBase(base, lessonPath(from)), ORIGIN));
    const path = safeDecode(url.pathname);
    const id = pages.get(path) ?? pages.get(`${path}/`);
    const target = id === undefined ? url.pathname : withBase(base, coursePath.instructorLesson(id));
    return `${target}${url.search}${url.hash}`;
  };
}
