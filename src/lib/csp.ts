/**
 * The Content-Security-Policy the site works under, for hosts to send as a header. Every script is
 * a file from the site itself (no inline script, no eval); Pagefind's search runs WebAssembly, and
 * Shiki colours code with style attributes, hence the two exceptions.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
