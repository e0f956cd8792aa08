/**
 * The fonts every handout prints with, from npm packages, so a PDF does not depend on the fonts of
 * the machine that printed it: Noto Sans KR (Google's TrueType build: Chromium embeds it as a
 * TrueType CID font, whose Korean extracts in order beside Latin) and Nanum Gothic Coding for code.
 * Only the printer applies them (`applyPrintFonts`): reading pages keep the system font stack and
 * download no font. The faces are Fontsource's own, slice by slice, served from node_modules.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { unmapControlCharacters } from './cmap.ts';
import { readWoff, writeSfnt } from './woff.ts';

/** Family names the print stylesheet uses; nothing on the machine is called this. */
export const PRINT_SANS = 'Course Print Sans';
export const PRINT_MONO = 'Course Print Mono';

/** The path under which the pages being printed fetch the font files (answered by a route, not the site). */
export const FONT_PATH = '/__print-fonts/';

interface FontPackage {
  name: string;
  family: string;
  /** Served as a patched TrueType file (see cmap.ts) instead of the package's WOFF 2. */
  patch: boolean;
}

const PACKAGES: readonly FontPackage[] = [
  { name: '@fontsource/noto-sans-kr', family: PRINT_SANS, patch: false },
  { name: '@fontsource/nanum-gothic-coding', family: PRINT_MONO, patch: true },
];

const WEIGHTS = ['400', '700'] as const;

const require = createRequire(import.meta.url);

/** The folder of an installed font package. */
function packageDir(name: string): string {
  return path.dirname(require.resolve(`${name}/package.json`));
}

const FACE = /@font-face\s*\{([^}]*)\}/gu;

/** The `@font-face` rules of a Fontsource stylesheet with our family name and URLs; throws on a face without a woff2 source. */
export function rewriteFaces(css: string, pkg: FontPackage, file: string): string[] {
  const faces = Array.from(css.matchAll(FACE), ([, body = '']) => {
    const woff2 = /url\(\.\/files\/([\w.-]+)\.woff2\)/u.exec(body)?.[1];
    if (woff2 === undefined) throw new Error(`${file}: a @font-face without a ./files/*.woff2 source: ${body.trim()}`);
    const src = pkg.patch
      ? `url(${FONT_PATH}${pkg.name}/${woff2}.ttf) format('truetype')`
      : `url(${FONT_PATH}${pkg.name}/${woff2}.woff2) format('woff2')`;
    const kept = body
      .split(';')
      .map((declaration) => declaration.trim())
      .filter((declaration) => /^(?:font-style|font-weight|unicode-range):/u.test(declaration));
    return `@font-face{font-family:'${pkg.family}';font-display:block;src:${src};${kept.join(';')}}`;
  });
  if (faces.length === 0) throw new Error(`${file}: no @font-face rules found.`);
  return faces;
}

/**
 * Points the site's font tokens at the print fonts (tokens.css defines them on :root), and code at
 * the mono token: the browser's own stylesheet gives `code` the machine's `monospace`.
 */
export const FONT_TOKENS =
  `:root:root{--font-sans:'${PRINT_SANS}';--font-mono:'${PRINT_MONO}','${PRINT_SANS}'}` +
  ':is(pre,code,kbd,samp){font-family:var(--font-mono)}';

let stylesheet: Promise<string> | undefined;

/** The print fonts' stylesheet: every face of both packages at both weights, then the tokens. */
export function printFontCss(): Promise<string> {
  stylesheet ??= (async () => {
    const rules: string[] = [];
    for (const pkg of PACKAGES) {
      for (const weight of WEIGHTS) {
        const file = path.join(packageDir(pkg.name), `${weight}.css`);
        rules.push(...rewriteFaces(await readFile(file, 'utf8'), pkg, file));
      }
    }
    return [...rules, FONT_TOKENS].join('\n');
  })();
  return stylesheet;
}

/** The source file behind a font URL path (`<package>/<file>.woff2|.ttf`), or undefined. */
export function fontSource(urlPath: string): { file: string; patch: boolean } | undefined {
  const pkg = PACKAGES.find((candidate) => urlPath.startsWith(`${candidate.name}/`));
  const name = pkg ? urlPath.slice(pkg.name.length + 1) : '';
  if (!pkg || !/^[\w.-]+\.(?:woff2|ttf)$/u.test(name)) return undefined;
  const files = path.join(packageDir(pkg.name), 'files');
  return pkg.patch
    ? { file: path.join(files, name.replace(/\.ttf$/u, '.woff')), patch: true }
    : { file: path.join(files, name), patch: false };
}

/** The bytes served for a font file: the package's WOFF 2, or its WOFF made TrueType with the cmap fixed. */
export async function fontBytes(source: { file: string; patch: boolean }): Promise<Buffer> {
  const data = await readFile(source.file);
  if (!source.patch) return data;
  const { flavor, tables } = readWoff(data, source.file);
  return writeSfnt(
    flavor,
    tables.map((table) =>
      table.tag === 'cmap' ? { tag: 'cmap', data: unmapControlCharacters(table.data, source.file) } : table,
    ),
  );
}

const served = new Map<string, Promise<Buffer>>();

/** Answers the page's requests for print font files from node_modules; call once per page. */
export async function servePrintFonts(page: Page): Promise<void> {
  await page.route(`**${FONT_PATH}**`, async (route) => {
    const urlPath = decodeURIComponent(new URL(route.request().url()).pathname.slice(FONT_PATH.length));
    const source = fontSource(urlPath);
    if (!source) return route.fulfill({ status: 404, body: 'no such print font' });
    let bytes = served.get(source.file);
    if (!bytes) {
      bytes = fontBytes(source);
      served.set(source.file, bytes);
    }
    return route.fulfill({ body: await bytes, contentType: source.patch ? 'font/ttf' : 'font/woff2' });
  });
}

/**
 * Applies the print fonts to the page loaded in `page` (served by `servePrintFonts`) and resolves
 * once they have loaded for its text and for `extraText`, text only print shows (the running header).
 */
export async function applyPrintFonts(page: Page, extraText = ''): Promise<void> {
  await page.addStyleTag({ content: await printFontCss() });
  await page.evaluate(
    async ({ sans, text }) => {
      document.body.getBoundingClientRect();
      await Promise.all([
        document.fonts.load(`400 1em '${sans}'`, text),
        document.fonts.load(`700 1em '${sans}'`, text),
      ]);
      await document.fonts.ready;
    },
    { sans: PRINT_SANS, text: extraText || ' ' },
  );
}

/** The font packages and their versions, for the handout cache's key. */
export async function fontVersions(): Promise<string> {
  const versions = await Promise.all(
    PACKAGES.map(async ({ name }) => {
      const json = JSON.parse(await readFile(path.join(packageDir(name), 'package.json'), 'utf8')) as {
        version?: string;
      };
      return `${name}@${json.version ?? '?'}`;
    }),
  );
  return versions.join(' ');
}
