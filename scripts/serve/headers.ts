/**
 * Response headers of the classroom server: the security headers the README asks hosts to send,
 * caching by kind of file, and the content types sirv's table lacks or leaves without a charset.
 */
import { CONTENT_SECURITY_POLICY } from '../../src/lib/csp.ts';

/** Sent with every response, errors and redirects included. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

// Names that carry a content hash: Astro's bundled assets and Pagefind's index chunks.
const HASHED = /^(?:_astro\/|pagefind\/(?:fragment|index|filter)\/|pagefind\/pagefind\.[^/]+\.pf_meta$)/u;

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** Cache-Control for `file` (a path under the site root): a year for hashed names, revalidation for the rest. */
export function cacheControl(file: string): string {
  return HASHED.test(file) ? IMMUTABLE : REVALIDATE;
}

const TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  // Pagefind's own formats (gzip inside): nosniff needs a declared type.
  pagefind: 'application/octet-stream',
  pf_meta: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pf_filter: 'application/octet-stream',
};

/** The Content-Type to set over sirv's for `file`, or undefined to keep sirv's. */
export function contentTypeOverride(file: string): string | undefined {
  return TYPES[/\.([^./]+)$/u.exec(file)?.[1]?.toLowerCase() ?? ''];
}

// Text formats worth compressing; images, fonts, PDFs and Pagefind's chunks are compressed already.
const COMPRESSIBLE = /\.(?:html|css|m?js|json|svg|xml|txt|map|webmanifest|wasm)$/iu;

/** True when `file` is sent gzip- or brotli-compressed to a client that accepts it. */
export function isCompressible(file: string): boolean {
  return COMPRESSIBLE.test(file);
}
