/**
 * URLs that run script or reach the reader's own disk: `javascript:`, `vbscript:`, `data:` and
 * `file:`. No page of the course needs one, so the link check refuses them wherever they appear,
 * as a browser would read them (a tab, a line break or a leading space does not hide the scheme).
 */

/** Schemes a built page must never link to or load. */
export const UNSAFE_SCHEMES: ReadonlySet<string> = new Set(['javascript:', 'vbscript:', 'data:', 'file:']);

/**
 * The scheme of `url` as a browser reads it, lower-cased with its colon (`javascript:`), or
 * undefined for a relative URL. The URL parser drops leading and trailing controls and spaces and
 * every tab and line break first, so `" java\tscript:x"` is a `javascript:` URL.
 */
export function urlScheme(url: string): string | undefined {
  const cleaned = url.replace(/[\t\n\r]/gu, '');
  let start = 0;
  while (start < cleaned.length && cleaned.charCodeAt(start) <= 0x20) start += 1;
  const scheme = /^([a-z][a-z\d+.-]*):/iu.exec(cleaned.slice(start))?.[1];
  return scheme === undefined ? undefined : `${scheme.toLowerCase()}:`;
}

/** The unsafe scheme `url` uses, or undefined when it uses none. */
export function unsafeScheme(url: string): string | undefined {
  const scheme = urlScheme(url);
  return scheme !== undefined && UNSAFE_SCHEMES.has(scheme) ? scheme : undefined;
}
