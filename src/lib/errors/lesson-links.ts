/** Links quoted from a lesson onto another page, made to lead where they did on the lesson page. */
import { resolveInLesson } from '../lesson-link.ts';
import { isInternal } from '../paths.ts';

/** Resolves `link` as written in the lesson at `lessonHref` (`../docker-run/`, `#id`); other origins stay as they are. */
export function fromLesson(link: string, lessonHref: string): string {
  if (!isInternal(link)) return link;
  const resolved = resolveInLesson(link, lessonHref);
  return `${resolved.pathname}${resolved.hash}`;
}

/** The lesson page, at a section when `section` is a heading id. */
export function sectionHref(lessonHref: string, section: string): string {
  return section === '' ? lessonHref : `${lessonHref}#${encodeURIComponent(section)}`;
}
