/**
 * Prints one page of the served site to PDF: expanded, in the print fonts, with images loaded and a
 * running header and footer; and notes every file of the site the page loaded, for the cache.
 */
import type { Page } from 'playwright-core';
import type { HandoutDocument } from '../../src/lib/print/manifest.ts';
import { applyPrintFonts, FONT_PATH } from './fonts/print-fonts.ts';
import { pageStyle } from './page-style.ts';
import { renumberNodeIds } from './reproducible.ts';

export interface RenderSettings {
  /** The served site, ending in a slash. */
  siteUrl: string;
  /** The public site URL; links to other pages point there, or are dropped when it is unknown. */
  publicUrl: string | undefined;
  course: string;
  /** The markup of the online-link box for lesson `id`, when the public site URL is known. */
  onlineLink: ((id: string) => Promise<string>) | undefined;
}

export interface Printed {
  /** The PDF as printed, its creation date still Chromium's. */
  pdf: Buffer;
  /** Site paths (relative to the served base) of every file the page loaded. */
  deps: string[];
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

/** The site path of `url` when it is a file of the served site `siteUrl` (not a print font), else undefined. */
export function sitePathOf(url: string, siteUrl: string): string | undefined {
  if (!url.startsWith(siteUrl)) return undefined;
  const { pathname } = new URL(url);
  if (pathname.startsWith(FONT_PATH)) return undefined;
  return decodeURIComponent(pathname.slice(new URL(siteUrl).pathname.length));
}

/** Prints `document` and returns the PDF with the site files its page loaded. */
export async function printDocument(page: Page, document: HandoutDocument, settings: RenderSettings): Promise<Printed> {
  const url = new URL(document.page, settings.siteUrl).href;
  const deps: string[] = [];
  const note = (request: { url: () => string }): void => {
    const sitePath = sitePathOf(request.url(), settings.siteUrl);
    if (sitePath !== undefined) deps.push(sitePath);
  };
  page.on('request', note);
  try {
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) {
      throw new Error(
        `${document.page}: the built site has no page there (HTTP ${response?.status() ?? 'no response'}). Rebuild with \`npm run build\`.`,
      );
    }
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    await page.addStyleTag({ content: pageStyle(settings.course, document.title) });
    await applyPrintFonts(page, `${settings.course}${document.title}0123456789 /`);
    await expand(page);
    await retargetLinks(page, settings.publicUrl);
    if (settings.onlineLink) await addOnlineLinks(page, settings.onlineLink);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
    return { pdf: renumberNodeIds(pdf), deps };
  } finally {
    page.off('request', note);
  }
}
