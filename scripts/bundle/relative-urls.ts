/**
 * Site links made to work from disk (file://): every path under the site's `base` becomes relative
 * to the page that holds it, and a directory link names its `index.html`, which file:// never adds.
 */
import path from 'node:path/posix';

const ATTRIBUTE = /(\s(?:href|src|poster|action|data-search-root)=")([^"]*)(")/gu;
const SRCSET = /(\ssrcset=")([^"]*)(")/gu;
const CSS_URL = /(url\(\s*["']?)([^"')]+)(["']?\s*\))/gu;

/** The relative form of `url` seen from the file `from` (both site paths); untouched when not under `base`. */
export function relativeUrl(url: string, from: string, base: string, directory = false): string {
  if (!url.startsWith(base) || url.startsWith('//')) return url;
  const [, pathname = '', suffix = ''] = /^([^?#]*)(.*)$/u.exec(url) ?? [];
  const target = pathname.slice(base.length);
  const explicit = directory || !(target === '' || target.endsWith('/')) ? target : `${target}index.html`;
  const relative = path.relative(path.dirname(`/${from}`), `/${explicit}`) || '.';
  const withSlash = directory && !relative.endsWith('/') ? `${relative}/` : relative;
  const extensionless = !directory && path.extname(explicit) === '' ? `${withSlash}/index.html` : withSlash;
  return `${extensionless}${suffix}`;
}

/** Rewrites the links of an HTML page at site path `file` (e.g. `lessons/x/index.html`). */
export function relativeHtml(html: string, file: string, base: string): string {
  return html
    .replace(
      ATTRIBUTE,
      (_, start: string, url: string, end: string) =>
        `${start}${relativeUrl(url, file, base, start.includes('data-search-root'))}${end}`,
    )
    .replace(SRCSET, (_, start: string, list: string, end: string) => {
      const items = list.split(',').map((item) => item.trim().replace(/^\S+/u, (url) => relativeUrl(url, file, base)));
      return `${start}${items.join(', ')}${end}`;
    });
}

/** Rewrites the `url()`s of a stylesheet at site path `file`. */
export function relativeCss(css: string, file: string, base: string): string {
  return css.replace(
    CSS_URL,
    (_, start: string, url: string, end: string) => `${start}${relativeUrl(url, file, base)}${end}`,
  );
}
