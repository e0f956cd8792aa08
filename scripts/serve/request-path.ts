/**
 * Reads an HTTP request target strictly, before any file is looked at. Each path segment is
 * percent-decoded on its own, so no decoding can create a separator: a segment that decodes to `.`,
 * `..`, a slash, a backslash or a control character makes the request a bad one, and a malformed
 * escape (`/%`, `/%E0%A4%A`) too. What is left is a list of plain file names inside the site;
 * hidden ones (`.env`, `.git`) are reported as not found.
 */

export type RequestPath =
  | { kind: 'bad-request'; reason: string }
  | { kind: 'not-found' }
  /** `location` is an absolute path on this server, never `//…` (which a browser reads as another host). */
  | { kind: 'redirect'; location: string }
  /** `segments` are decoded file names under the site root; `folder` when the path ended in `/`. */
  | { kind: 'site'; segments: string[]; folder: boolean; search: string };

// A target in absolute form (`GET http://host/path`), which HTTP/1.1 servers must accept.
const ABSOLUTE_FORM = /^[a-z][a-z\d+.-]*:\/\/[^/?#]*/iu;
// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
const CONTROL = /[\u0000-\u001f\u007f]/u;

function decodeSegment(raw: string): string | { reason: string } {
  let text: string;
  try {
    text = decodeURIComponent(raw);
  } catch {
    return { reason: `malformed percent-encoding in "${raw}"` };
  }
  if (text === '.' || text === '..') return { reason: 'a "." or ".." path segment' };
  if (/[/\\]/u.test(text)) return { reason: `a slash or backslash inside the segment "${raw}"` };
  if (CONTROL.test(text)) return { reason: `a control character in "${raw}"` };
  return text;
}

/** The base's folder names: `/docker-course/` → `['docker-course']`. */
function baseSegments(base: string): string[] {
  return base.split('/').filter((segment) => segment !== '');
}

/** Where request `target` points in a site mounted under `base`. */
export function parseRequestPath(target: string, base: string): RequestPath {
  const relative = target.replace(ABSOLUTE_FORM, '') || '/';
  if (!relative.startsWith('/')) return { kind: 'bad-request', reason: 'the request target is not a path' };
  const end = relative.search(/[?#]/u);
  const rawPath = end < 0 ? relative : relative.slice(0, end);
  const search = end < 0 || relative[end] === '#' ? '' : relative.slice(end).replace(/#.*$/su, '');
  const raw = rawPath.slice(1).split('/');
  const folder = raw.at(-1) === '';
  if (folder) raw.pop();
  const segments: string[] = [];
  for (const part of raw) {
    const decoded = decodeSegment(part);
    if (typeof decoded !== 'string') return { kind: 'bad-request', reason: decoded.reason };
    segments.push(decoded);
  }
  // Hidden files (.git, .env) are never part of a site; .well-known is, by convention.
  if (segments.some((name) => name === '' || (name.startsWith('.') && name !== '.well-known')))
    return { kind: 'not-found' };
  const mount = baseSegments(base);
  const mountPath = mount.length === 0 ? '/' : `/${mount.map(encodeURIComponent).join('/')}/`;
  const underMount = mount.every((name, index) => segments[index] === name);
  if (segments.length === 0 && mount.length > 0) return { kind: 'redirect', location: `${mountPath}${search}` };
  if (!underMount) return { kind: 'not-found' };
  if (segments.length === mount.length && !folder) return { kind: 'redirect', location: `${mountPath}${search}` };
  return { kind: 'site', segments: segments.slice(mount.length), folder, search };
}

/** The path to redirect a folder request without its trailing slash to (`/a/b` → `/a/b/`). */
export function folderLocation(base: string, segments: readonly string[], search = ''): string {
  const mount = baseSegments(base);
  return `/${[...mount, ...segments].map(encodeURIComponent).join('/')}/${search}`;
}
