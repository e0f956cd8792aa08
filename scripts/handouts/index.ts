/**
 * The PDF handouts of a built site: every document its print/handouts.json lists, printed with
 * headless Chromium from the site served on 127.0.0.1, or taken from the content-hash cache when
 * nothing that goes into it changed. `npm run build` runs this after Astro; `npm run handouts`
 * runs it alone.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { parseManifest, type HandoutDocument, type HandoutManifest } from '../../src/lib/print/manifest.ts';
import { printPath } from '../../src/lib/print/paths.ts';
import { readBuiltSite } from '../lib/built-site.ts';
import { findChromium, launchChromium, type ResolvedChromium } from '../lib/chromium.ts';
import { serveStatic } from '../lib/static-server.ts';
import { documentKey, HandoutCache, SiteFiles } from './cache.ts';
import { fontVersions, servePrintFonts } from './fonts/print-fonts.ts';
import { lessonUrl, onlineLinkHtml } from './online-link.ts';
import type { HandoutOptions } from './options.ts';
import { countPages, printDocument, type RenderSettings } from './render.ts';
import { fixPdfDates } from './reproducible.ts';

export interface Rendered {
  document: HandoutDocument;
  file: string;
  bytes: number;
  pages: number;
  /** True when the PDF came from the cache rather than the browser. */
  cached: boolean;
}

/** Reads and checks the list of handouts the build wrote. */
export async function readManifest(site: string): Promise<HandoutManifest> {
  const file = path.join(site, printPath.manifest);
  if (!existsSync(file)) {
    throw new Error(
      `${file}: not found. This build has no print pages; rebuild with \`npm run build\` from this version of the site.`,
    );
  }
  return parseManifest(JSON.parse(await readFile(file, 'utf8')), file);
}

/**
 * What makes this printer print differently: its own code, the launcher, the browser binary and the
 * font packages. Part of every cache key.
 */
async function printerKey(browser: ResolvedChromium): Promise<string> {
  const hash = createHash('sha256');
  const code = [
    ...(await readdir(import.meta.dirname, { recursive: true }))
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
      .sort()
      .map((name) => path.join(import.meta.dirname, name)),
    path.join(import.meta.dirname, '..', 'lib', 'chromium.ts'),
  ];
  for (const file of code) hash.update(await readFile(file));
  const binary = await stat(browser.executable);
  hash.update(`${browser.executable} ${binary.size} ${browser.args.join(' ')} ${await fontVersions()}`);
  return hash.digest('hex');
}

/** Prints every handout (or takes it from the cache); `onDone` hears about each file as it is written. */
export async function runHandouts(
  options: HandoutOptions,
  onDone: (rendered: Rendered) => void = () => {},
): Promise<Rendered[]> {
  const { base } = await readBuiltSite(options.site);
  const manifest = await readManifest(options.site);
  const documents = manifest.documents.filter(
    (document) => options.only === undefined || document.pdf.includes(options.only),
  );
  if (documents.length === 0)
    throw new Error(`--only "${options.only ?? ''}" matches none of ${manifest.documents.length} handouts.`);
  // Found before anything is printed or looked up, so a machine without a browser hears so at once.
  const browser = await findChromium();
  const printer = await printerKey(browser);
  const { siteUrl } = options;
  const cache = options.cache === undefined ? undefined : new HandoutCache(options.cache);
  const files = new SiteFiles(options.site);
  const keyOf = (document: HandoutDocument): string =>
    documentKey(printer, [base, siteUrl ?? '', manifest.course, document.kind, document.title, document.page]);

  const results = new Map<HandoutDocument, Rendered>();
  const write = async (document: HandoutDocument, pdf: Buffer, cached: boolean): Promise<void> => {
    const fixed = fixPdfDates(pdf, options.date);
    const file = path.join(options.out, path.relative('handouts', document.pdf));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, fixed);
    const rendered = { document, file, bytes: fixed.length, pages: countPages(fixed), cached };
    results.set(document, rendered);
    onDone(rendered);
  };

  const toPrint: HandoutDocument[] = [];
  for (const document of documents) {
    const pdf = await cache?.lookup(keyOf(document), files);
    if (pdf) await write(document, pdf, true);
    else toPrint.push(document);
  }
  if (toPrint.length > 0) {
    const launched = await launchChromium(browser);
    const server = await serveStatic(options.site, base);
    try {
      const settings: RenderSettings = {
        siteUrl: server.url,
        publicUrl: siteUrl,
        course: manifest.course,
        onlineLink: siteUrl ? (id: string) => onlineLinkHtml(lessonUrl(siteUrl, base, id)) : undefined,
      };
      // No service worker: every file a page loads comes through the server, seen by the cache's list.
      const context: BrowserContext = await launched.newContext({
        colorScheme: 'light',
        locale: manifest.lang,
        serviceWorkers: 'block',
      });
      const worker = async (): Promise<void> => {
        const page = await context.newPage();
        await servePrintFonts(page);
        for (let document = toPrint.shift(); document; document = toPrint.shift()) {
          const printed = await printDocument(page, document, settings);
          await cache?.store(keyOf(document), printed.deps, printed.pdf, files);
          await write(document, printed.pdf, false);
        }
        await page.close();
      };
      await Promise.all(Array.from({ length: Math.min(options.jobs, toPrint.length) }, worker));
    } finally {
      await launched.close();
      await server.close();
    }
  }
  return documents.map((document) => results.get(document)).filter((result) => result !== undefined);
}
