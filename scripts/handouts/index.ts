/**
 * `npm run handouts`: serves the built site on 127.0.0.1 and prints every handout its
 * print/handouts.json lists to PDF with headless Chromium.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseManifest, type HandoutManifest } from '../../src/lib/print/manifest.ts';
import { printPath } from '../../src/lib/print/paths.ts';
import { serveStatic } from '../lib/static-server.ts';
import { launchChromium } from './chromium.ts';
import { lessonUrl, onlineLinkHtml } from './online-link.ts';
import type { HandoutOptions } from './options.ts';
import { renderDocument, type Rendered } from './render.ts';

/** Reads and checks the list of handouts the build wrote. */
export async function readManifest(site: string): Promise<HandoutManifest> {
  const file = path.join(site, printPath.manifest);
  if (!existsSync(path.join(site, 'index.html'))) {
    throw new Error(
      `${site}: no built site here (index.html is missing). Run \`npm run build\` first, or pass --site <dir>.`,
    );
  }
  if (!existsSync(file)) {
    throw new Error(
      `${file}: not found. This build has no print pages; rebuild with \`npm run build\` from this version of the site.`,
    );
  }
  return parseManifest(JSON.parse(await readFile(file, 'utf8')), file);
}

/** Prints every handout; `onDone` hears about each file as it is written. */
export async function runHandouts(
  options: HandoutOptions,
  onDone: (rendered: Rendered) => void = () => {},
): Promise<Rendered[]> {
  const manifest = await readManifest(options.site);
  const browser = await launchChromium(options.chromium);
  const server = await serveStatic(options.site, options.base);
  try {
    const { siteUrl } = options;
    const settings = {
      siteUrl: server.url,
      publicUrl: siteUrl,
      course: manifest.course,
      out: options.out,
      date: options.date,
      onlineLink: siteUrl ? (id: string) => onlineLinkHtml(lessonUrl(siteUrl, options.base, id)) : undefined,
    };
    const documents = manifest.documents.filter(
      (document) => options.only === undefined || document.pdf.includes(options.only),
    );
    if (documents.length === 0)
      throw new Error(`--only "${options.only ?? ''}" matches none of ${manifest.documents.length} handouts.`);
    const queue = [...documents];
    const results: Rendered[] = [];
    const context = await browser.newContext({ colorScheme: 'light', locale: manifest.lang });
    const worker = async (): Promise<void> => {
      const page = await context.newPage();
      for (let document = queue.shift(); document; document = queue.shift()) {
        const rendered = await renderDocument(page, document, settings);
        results.push(rendered);
        onDone(rendered);
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: Math.min(options.jobs, queue.length) }, worker));
    return documents
      .map((document) => results.find((result) => result.document === document))
      .filter((result) => result !== undefined);
  } finally {
    await browser.close();
    await server.close();
  }
}
