/**
 * What a page costs a student on first load, in gzip bytes: its HTML, the stylesheets, scripts and
 * fonts it pulls in (following `<link>`/`<script>`, CSS `@import`/`url()` and static JS imports),
 * images aside. Shared by `npm run bench` and `npm run check:budget`.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { scanHtml } from '../../src/lib/links/scan-html.ts';
import { candidateFiles, resolveLink } from '../../src/lib/links/resolve.ts';

export interface PageCost {
  page: string;
  /** The HTML, inline scripts and styles included. */
  html: number;
  css: number;
  /** External scripts plus the page's inline scripts (gzipped on their own). */
  js: number;
  /** The inline part of `js`, already counted in `html`. */
  inlineJs: number;
  fonts: number;
  /** HTML + CSS + external JS + fonts. */
  total: number;
  /** The files counted besides the page, relative to the output directory. */
  assets: string[];
}

type Kind = 'css' | 'js' | 'font';

const FONT = /\.(?:woff2?|ttf|otf|eot)$/iu;

/** Gzipped size of `data` at the default level, as a static host would serve it. */
export function gzipSize(data: string | Buffer): number {
  return gzipSync(data).length;
}

/** The URLs a stylesheet pulls in: `@import`s and `url()`s of fonts. */
export function cssRefs(css: string): { url: string; kind: Kind }[] {
  const refs: { url: string; kind: Kind }[] = [];
  for (const match of css.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/giu))
    refs.push({ url: match[1] ?? '', kind: 'css' });
  for (const match of css.matchAll(/url\(\s*["']?([^"')]+?)["']?\s*\)/giu)) {
    const url = (match[1] ?? '').split(/[?#]/u)[0] ?? '';
    if (FONT.test(url)) refs.push({ url: match[1] ?? '', kind: 'font' });
  }
  return refs;
}

/** The modules a JS module imports statically (what the browser fetches before running it). */
export function jsImports(js: string): string[] {
  const urls = [...js.matchAll(/(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+\.m?js)["']/gu)].map(
    (match) => match[1] ?? '',
  );
  return urls.filter((url) => url !== '');
}

/** Measures the page `page` (relative to `outDir`) of a site built with `base`. */
export async function pageCost(outDir: string, page: string, base: string): Promise<PageCost> {
  const html = await readFile(path.join(outDir, page), 'utf8');
  const scanned = scanHtml(html);
  const sizes: Record<Kind, number> = { css: 0, js: 0, font: 0 };
  const seen = new Set<string>();

  const fileOf = (url: string, from: string): string | undefined => {
    const target = resolveLink(url, from, { base });
    if (target.kind !== 'internal') return undefined;
    return candidateFiles(target.path).find((file) => existsSync(path.join(outDir, file)));
  };
  const visit = async (url: string, from: string, kind: Kind): Promise<void> => {
    const file = fileOf(url, from);
    if (!file || seen.has(file)) return;
    seen.add(file);
    const data = await readFile(path.join(outDir, file));
    sizes[kind] += gzipSize(data);
    // Assets resolve relative to their own file: pretend the asset is a page at its own path.
    const self = file;
    if (kind === 'css') for (const ref of cssRefs(data.toString('utf8'))) await visit(ref.url, self, ref.kind);
    if (kind === 'js') for (const url of jsImports(data.toString('utf8'))) await visit(url, self, 'js');
  };

  for (const ref of scanned.refs) {
    if (ref.tag === 'link' && ref.rel.includes('stylesheet')) await visit(ref.value, page, 'css');
    else if (ref.tag === 'link' && ref.rel.includes('modulepreload')) await visit(ref.value, page, 'js');
    else if (ref.tag === 'link' && ref.rel.includes('preload') && FONT.test(ref.value))
      await visit(ref.value, page, 'font');
    else if (ref.tag === 'script') await visit(ref.value, page, 'js');
  }
  const htmlSize = gzipSize(html);
  const inlineJs = scanned.inlineScripts.length > 0 ? gzipSize(scanned.inlineScripts.join('\n')) : 0;
  return {
    page,
    html: htmlSize,
    css: sizes.css,
    js: sizes.js + inlineJs,
    inlineJs,
    fonts: sizes.font,
    total: htmlSize + sizes.css + sizes.js + sizes.font,
    assets: [...seen].sort(),
  };
}
