/** Prints one page of the served site to a PDF file: expanded, with fonts and images loaded. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { HandoutDocument } from '../../src/lib/print/manifest.ts';
import { fixPdfDates, renumberNodeIds } from './reproducible.ts';
import { footerTemplate, headerTemplate } from './templates.ts';

export interface RenderSettings {
  /** The served site, ending in a slash. */
  siteUrl: string;
  /** The public site URL; links to other pages point there, or are dropped when it is unknown. */
  publicUrl: string | undefined;
  course: string;
  out: string;
  date: Date;
  /** The markup of the online-link box for lesson `id`, when the public site URL is known. */
  onlineLink: ((id: string) => Promise<string>) | undefined;
}

export interface Rendered {
  document: HandoutDocument;
  file: string;
  bytes: number;
  pages: number;
}

/** Opens collapsed parts, loads lazy images and waits for web fonts, so the PDF shows everything. */
async function expand(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (const details of document.querySelectorAll('details')) details.open = true;
    const images = [...document.images];
    for (const image of images) image.loading = 'eager';
    await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
    await document.fonts.ready;
  });
}

/**
 * Points links to other pages of the site at the public site instead of the local server (whose
 * port changes every run), or drops them when the public URL is unknown. In-page anchors stay.
 * Links print.css should not follow with their URL get `data-print-url="no"`.
 */
async function retargetLinks(page: Page, publicUrl: string | undefined): Promise<void> {
  await page.evaluate((origin) => {
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      const url = new URL(link.href);
      if (url.origin !== location.origin) {
        // A bare URL already shows its address: print.css need not repeat it.
        if (link.textContent?.trim() === link.getAttribute('href')) link.dataset['printUrl'] = 'no';
        continue;
      }
      if (url.pathname === location.pathname && url.hash !== '') continue;
      if (origin) {
        link.href = new URL(`${url.pathname}${url.search}${url.hash}`, origin).href;
        link.dataset['printUrl'] = 'no';
      } else {
        link.removeAttribute('href');
      }
    }
  }, publicUrl);
}

/** Puts the online-link box under each lesson's title and lead. */
async function addOnlineLinks(page: Page, onlineLink: (id: string) => Promise<string>): Promise<void> {
  const ids = await page.$$eval('[data-lesson]', (lessons) =>
    lessons.map((lesson) => lesson.getAttribute('data-lesson') ?? ''),
  );
  const boxes = await Promise.all(ids.map(async (id) => [id, await onlineLink(id)] as const));
  await page.evaluate((entries) => {
    for (const [id, html] of entries) {
      const lesson = document.querySelector(`[data-lesson="${CSS.escape(id)}"]`);
      const after = lesson?.querySelector(':scope > .lead') ?? lesson?.querySelector(':scope > :is(h1, h2, h3)');
      after?.insertAdjacentHTML('afterend', html);
    }
  }, boxes);
}

/** Counts the pages of a PDF Chromium wrote (its page objects are not compressed). */
export function countPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/gu)?.length ?? 0;
}

/** Prints `document` to `<out>/<pdf path>` and returns what was written. */
export async function renderDocument(
  page: Page,
  document: HandoutDocument,
  settings: RenderSettings,
): Promise<Rendered> {
  const url = new URL(document.page, settings.siteUrl).href;
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response?.ok()) {
    throw new Error(
      `${document.page}: the built site has no page there (HTTP ${response?.status() ?? 'no response'}). Rebuild with \`npm run build\`.`,
    );
  }
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  await expand(page);
  await retargetLinks(page, settings.publicUrl);
  if (settings.onlineLink) await addOnlineLinks(page, settings.onlineLink);
  const pdf = await page.pdf({
    preferCSSPageSize: true,
    printBackground: true,
    tagged: true,
    outline: true,
    displayHeaderFooter: true,
    headerTemplate: headerTemplate(settings.course, document.title),
    footerTemplate: footerTemplate(),
  });
  const fixed = renumberNodeIds(fixPdfDates(pdf, settings.date));
  const file = path.join(settings.out, path.relative('handouts', document.pdf));
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, fixed);
  return { document, file, bytes: fixed.length, pages: countPages(fixed) };
}
