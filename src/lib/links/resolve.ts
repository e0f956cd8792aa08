/**
 * Where a URL found in a built page points: another origin, or a file of the built site (under
 * Astro's `base`) and an optional fragment.
 */
import { safeDecode } from '../paths.ts';

export type Target =
  | { kind: 'skip' }
  | { kind: 'external'; url: string }
  | { kind: 'outside-base'; pathname: string }
  | { kind: 'internal'; path: string; fragment: string | undefined };

export interface SiteOptions {
  /** Astro's `base`, e.g. `/` or `/docker-course/`. */
  base: string;
  /** Astro's `site`; absolute links to it count as internal. */
  site?: string | undefined;
}

const LOCAL_ORIGIN = 'http://site.invalid';

/** Astro's `base` with exactly one leading and one trailing slash. */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/gu, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The URL path a browser shows for a built HTML file (`lessons/a/index.html` → `lessons/a/`). */
export function pageUrlPath(file: string): string {
  return file.replace(/(?:^|(?<=\/))index\.html$/u, '');
}

/** Resolves `link`, found in the built file `page` (a path relative to the output directory). */
export function resolveLink(link: string, page: string, options: SiteOptions): Target {
  const base = normalizeBase(options.base);
  if (link === '' || /^(?:mailto|tel|data|javascript|blob|about):/iu.test(link)) return { kind: 'skip' };
  const from = new URL(`${base}${pageUrlPath(page)}`, LOCAL_ORIGIN);
  let url: URL;
  try {
    url = new URL(link, from);
  } catch {
    return { kind: 'outside-base', pathname: link };
  }
  const siteOrigin = options.site ? new URL(options.site).origin : undefined;
  if (url.origin !== LOCAL_ORIGIN && url.origin !== siteOrigin) {
    return /^https?:$/u.test(url.protocol) ? { kind: 'external', url: url.href } : { kind: 'skip' };
  }
  const pathname = safeDecode(url.pathname);
  const inside = `${pathname}/` === base || pathname.startsWith(base);
  if (!inside) return { kind: 'outside-base', pathname };
  const fragment = url.hash.length > 1 ? safeDecode(url.hash.slice(1)) : undefined;
  return { kind: 'internal', path: pathname.slice(base.length), fragment };
}

/** The built files a site path may be served from, in the order a static host tries them. */
export function candidateFiles(path: string): string[] {
  if (path === '' || path.endsWith('/')) return [`${path}index.html`];
  return [path, `${path}.html`, `${path}/index.html`];
}
