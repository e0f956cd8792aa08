/**
 * The other URL a stored page may be asked for: a folder without its slash (`/lessons/a`) is the
 * page `lessons/a/index.html` (the site is built with `trailingSlash: 'ignore'`).
 */
export function variations({ url }: { url: URL }): URL[] {
  const last = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
  if (last === '' || last.includes('.')) return [];
  const page = new URL(url.href);
  page.search = '';
  page.pathname += '/index.html';
  return [page];
}
