/**
 * Search figures for a built site, measured in Chromium with every request off the machine blocked:
 * the index's size on disk, the bytes opening search and each query download, and the time from the
 * keystroke that completes a query to its first result on screen. The bench issue calls this too.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { offlineContext } from '../lib/offline-context.ts';
import { launchChromium } from '../lib/chromium.ts';
import { serveStatic } from '../lib/static-server.ts';
import { readBuiltSite } from '../lib/built-site.ts';
import { PAGEFIND_DIR } from '../../src/lib/search/paths.ts';
import { noResultSummary } from './summary.ts';

export interface QueryFigure {
  query: string;
  /** Bytes downloaded for this query (index chunks and result fragments). */
  bytes: number;
  /** Milliseconds from the keystroke to the first result link on screen. */
  ms: number;
}

export interface SearchFigures {
  pages: number;
  /** Pagefind's index files (pf_meta, index chunks, fragments, filters, wasm), bytes on disk. */
  indexBytes: number;
  /** Downloaded when search opens, before any query: the UI, Pagefind's JS and wasm, the index metadata. */
  openBytes: number;
  openGzipBytes: number;
  queries: QueryFigure[];
}

async function sizes(folder: string): Promise<{ files: number; bytes: number }> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && !/^pagefind(?:-[\w-]+)?\.(?:js|css)$/u.test(entry.name));
  const bytes = await Promise.all(
    files.map(async (entry) => (await stat(path.join(entry.parentPath, entry.name))).size),
  );
  return { files: files.length, bytes: bytes.reduce((sum, size) => sum + size, 0) };
}

/** Measures search on the site built in `site`, typing each of `queries` into the dialog of `lessonPath`. */
export async function measureSearch(
  site: string,
  queries: readonly string[],
  lessonPath: string,
): Promise<SearchFigures> {
  const index = await sizes(path.join(site, PAGEFIND_DIR));
  const fragments = (await readdir(path.join(site, PAGEFIND_DIR, 'fragment'))).length;
  const server = await serveStatic(site, (await readBuiltSite(site)).base);
  const browser = await launchChromium();
  try {
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    const downloads: { bytes: number; gzip: number }[] = [];
    page.on('response', (response) => {
      void response.body().then(
        (body) =>
          downloads.push({
            bytes: body.length,
            gzip: /\.(?:js|css|json)$/u.test(response.url()) ? gzipSync(body).length : body.length,
          }),
        () => undefined,
      );
    });
    await page.goto(`${server.url}${lessonPath}`, { waitUntil: 'networkidle' });
    downloads.length = 0;
    await page.keyboard.press('/');
    const box = page.getByRole('dialog').getByRole('searchbox');
    await box.waitFor();
    await page.waitForLoadState('networkidle');
    const openBytes = downloads.reduce((sum, item) => sum + item.bytes, 0);
    const openGzipBytes = downloads.reduce((sum, item) => sum + item.gzip, 0);
    const figures: QueryFigure[] = [];
    for (const query of queries) {
      await box.fill('');
      await page.waitForTimeout(400);
      downloads.length = 0;
      const ms = await page.evaluate(
        async ({ text, none }) => {
          const input = document.querySelector<HTMLInputElement>('dialog[open] input');
          const dialog = document.querySelector('dialog[open]');
          if (!input || !dialog) throw new Error('search dialog not open');
          const start = performance.now();
          // Done when results are shown, or Pagefind's summary says this query found none.
          const done = () =>
            dialog.querySelector('pagefind-results .pf-result-link') !== null ||
            (dialog.querySelector('pagefind-summary')?.textContent ?? '').includes(none);
          const shown = new Promise<number>((resolve) => {
            const observer = new MutationObserver(() => {
              if (done()) {
                observer.disconnect();
                resolve(performance.now() - start);
              }
            });
            observer.observe(dialog, { childList: true, subtree: true, attributes: true, characterData: true });
          });
          input.value = text;
          input.dispatchEvent(new InputEvent('input', { bubbles: true, data: text, inputType: 'insertText' }));
          return shown;
        },
        { text: query, none: noResultSummary(query) },
      );
      await page.waitForLoadState('networkidle');
      figures.push({ query, bytes: downloads.reduce((sum, item) => sum + item.bytes, 0), ms: Math.round(ms) });
    }
    return { pages: fragments, indexBytes: index.bytes, openBytes, openGzipBytes, queries: figures };
  } finally {
    await browser.close();
    await server.close();
  }
}
