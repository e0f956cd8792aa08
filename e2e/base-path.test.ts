/**
 * A build hosted under a sub-path: every link, script, stylesheet and search file must load
 * from /docker-course/. The fixture course also pins two content rules: Korean words on
 * separate lines stay separate words, and flags in prose reach the page as written.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, offlineContext, type OfflineContext } from './support/browser.ts';
import { serveStatic, type StaticServer } from './support/server.ts';
import { buildSite } from './support/build.ts';

const BASE = '/docker-course/';
let browser: Browser;
let server: StaticServer;
let offline: OfflineContext;
let page: Page;
const failed: string[] = [];

beforeAll(async () => {
  const dist = await buildSite({ content: 'e2e/fixtures/course', base: BASE });
  server = await serveStatic(dist, BASE);
  browser = await launch();
  offline = await offlineContext(browser);
  page = await offline.context.newPage();
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a site built with base /docker-course/', () => {
  test('serves every page, link and asset under the base', async () => {
    await page.goto(`${server.url}lessons/boundaries/`);
    const origin = new URL(server.url).origin;
    const hrefs = await page.$$eval('a[href], link[href], script[src]', (nodes) =>
      nodes.map((node) => node.getAttribute('href') ?? node.getAttribute('src') ?? ''),
    );
    const internal = hrefs.filter((href) => href.startsWith('/'));
    expect(internal.length).toBeGreaterThan(5);
    for (const href of internal) expect(href.startsWith(BASE), href).toBe(true);
    for (const href of new Set(internal.map((h) => h.split('#')[0] ?? h))) {
      const response = await page.request.get(`${origin}${href}`);
      expect(response.status(), href).toBe(200);
    }
    expect(failed).toEqual([]);
    expect(offline.blocked).toEqual([]);
  });

  test('keeps Korean words on separate source lines as separate words', async () => {
    await page.goto(`${server.url}lessons/boundaries/`);
    const text = await page.locator('.prose p').first().innerText();
    expect(text).toBe('도커 볼륨을 컨테이너 사용합니다.');
  });

  test('shows flags in prose exactly as written, not as dashes', async () => {
    await page.goto(`${server.url}lessons/boundaries/`);
    const text = await page.locator('.prose').innerText();
    expect(text).toContain('--name 옵션으로');
    expect(text).toContain('두 줄표 -- 도');
    expect(text).not.toMatch(/[–—]/u);
  });

  test('finds a word that followed an inline element on its own line through search', async () => {
    await page.goto(`${server.url}lessons/boundaries/`);
    // A string, so that Vite does not rewrite the browser-side import().
    const urls = await page.evaluate<string[]>(`(async () => {
      const pagefind = await import('${BASE}pagefind/pagefind.js');
      const found = await pagefind.search('볼륨');
      return Promise.all(found.results.map(async (result) => (await result.data()).url));
    })()`);
    expect(urls).toContain(`${BASE}lessons/boundaries/`);
  });
});
