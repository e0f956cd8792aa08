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

/** The lesson a link or URL opens (`/base/lessons/docker-run/#x`, `../../lessons/a/index.html`), the inverse of lessonPath. */
export function lessonOfPath(href: string): string | undefined {
  return /(?:^|\/)lessons\/([^/#?]+)\//u.exec(href)?.[1];
}

/** True when `href` points inside the site (not another origin, not a mail or phone link). */
export function isInternal(href: string): boolean {
  return !/^(?:[a-z][a-z\d+.-]*:|\/\/)/iu.test(href);
}

/** A run of escapes that is not UTF-8 as a whole, decoded in the longest valid pieces; the rest kept. */
function decodePieces(run: string): string {
  const escapes = run.match(/%[\da-f]{2}/giu) ?? [];
  let text = '';
  for (let at = 0; at < escapes.length;) {
    let taken = 0;
    for (let length = Math.min(4, escapes.length - at); length > 0 && taken === 0; length -= 1) {
      try {
        text += decodeURIComponent(escapes.slice(at, at + length).join(''));
        taken = length;
      } catch {
        // a shorter piece may still be a character
      }
    }
    if (taken === 0) text += escapes[at] ?? '';
    at += taken || 1;
  }
  return text;
}

/**
 * `text` with every valid percent-escape decoded (as decodeURIComponent would); a `%` that starts
 * none, or bytes that are not UTF-8, stay as written. Never throws, unlike decodeURI.
 */
export function safeDecode(text: string): string {
  if (!text.includes('%')) return text;
  return text.replace(/(?:%[\da-f]{2})+/giu, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return decodePieces(run);
    }
  });
}

/** The first piece of `text` that is not valid percent-encoding (`%` and the next two characters, or an escape run), or undefined. */
export function malformedEscape(text: string): string | undefined {
  for (const match of text.matchAll(/(?:%[\da-f]{2})+|%/giu)) {
    if (match[0] === '%') return text.slice(match.index, match.index + 3);
    try {
      decodeURIComponent(match[0]);
    } catch {
      return match[0];
    }
  }
  return undefined;
}
