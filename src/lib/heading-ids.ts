/**
 * A lesson's heading ids, as its page has them: GitHub-style slugs of each heading's text, made
 * unique in reading order (`설치`, `설치-1`). The lesson plugin that gives headings their ids and the
 * errors page that links to a lesson's sections both number them here, so the links land.
 */
import GithubSlugger from 'github-slugger';

/** A fresh numbering for one lesson: call it with each heading's text, in reading order. */
export function headingIds(): (text: string) => string {
  const slugger = new GithubSlugger();
  return (text) => slugger.slug(text);
}
