/**
 * Link targets a lesson may keep from a note: the web (`http:`, `https:`), mail (`mailto:`), a
 * fragment (`#…`) and paths relative to the lesson. Anything else, `//other.host` included, is
 * shown as text. The target is read as a browser reads it (src/lib/links/unsafe-scheme.ts), after
 * the character references and backslash escapes Markdown decodes in a destination.
 */
import { decodeHTML } from 'entities';
import { urlScheme } from '../../src/lib/links/unsafe-scheme.ts';

const SAFE_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

/** What a Markdown parser makes of a link destination: backslash escapes and character references decoded. */
function destinationValue(target: string): string {
  return decodeHTML(target.replace(/\\([!-/:-@[-`{-~])/gu, '$1'));
}

/** True when `target` (a Markdown link destination as written) may stay a live link. */
export function isSafeTarget(target: string): boolean {
  const value = destinationValue(target).trim();
  if (value === '') return false;
  const scheme = urlScheme(value);
  if (scheme !== undefined) return SAFE_SCHEMES.has(scheme);
  // No scheme: a path or a fragment, but not `//host` (another origin) or `\\host`, which browsers read alike.
  return !/^[\t\n\r ]*[/\\]{2}/u.test(value);
}

/** True when `src` is an image on another host, which the build cannot fetch. */
export function isRemote(src: string): boolean {
  const scheme = urlScheme(src);
  return scheme === 'http:' || scheme === 'https:' || /^\s*\/\//u.test(src);
}
