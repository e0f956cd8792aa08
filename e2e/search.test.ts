/**
 * Search on the served site, in Chromium with every request off the machine blocked: the query
 * table through the dialog by keyboard, the dialog's keys and focus, jumping to a section, and what
 * a lesson page pays before search is opened.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, offlineContext, type OfflineContext } from './support/browser.ts';
import { serveStatic, type StaticServer } from './support/server.ts';
import { DIST } from './support/site.ts';
import { readBuiltSite } from '../scripts/lib/built-site.ts';
import { firstLesson, lessonOf, openByKeyboard, queryTable } from './search-support.ts';

const LESSON = 'lessons/install-docker/';
const JS_BUDGET = 10 * 1024;
const table = queryTable();

let server: StaticServer;
let browser: Browser;
let offline: OfflineContext;

beforeAll(async () => {
  server = await serveStatic(DIST, (await readBuiltSite(DIST)).base);
  browser = await launch();
  offline = await offlineContext(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a lesson page before search is opened', () => {
  test('ships at most 10 KB gzip of JS and loads nothing of search', async () => {
    const page = await offline.context.newPage();
    const scripts: Promise<number>[] = [];
    const urls: string[] = [];
    page.on('response', (response) => {
      urls.push(response.url());
      if (response.request().resourceType() === 'script')
        scripts.push(response.body().then((body) => gzipSync(body).length));
    });
    await page.goto(`${server.url}${LESSON}`, { waitUntil: 'networkidle' });
    const inline = await page
      .locator('script:not([src])')
      .evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''));
    const bytes =
      (await Promise.all(scripts)).reduce((sum, size) => sum + size, 0) +
      inline.reduce((sum, code) => sum + gzipSync(code).length, 0);
    console.log(`lesson page JS before search: ${(bytes / 1024).toFixed(2)} KB gzip`);
    expect(bytes).toBeLessThanOrEqual(JS_BUDGET);
    expect(urls.filter((url) => /pagefind|search-dialog|\/search\//u.test(url))).toEqual([]);
    await page.close();
  });
});

describe('the query table, typed into the dialog', () => {
  let page: Page;

  beforeAll(async () => {
    page = await offline.context.newPage();
    await page.goto(`${server.url}${LESSON}`);
    await openByKeyboard(page, '/');
  });

  test.each(table)('finds $lesson first for "$query" ($kind)', async ({ query, lesson }) => {
    expect(await firstLesson(page, query)).toBe(lesson);
  });
});

describe('the dialog by keyboard', () => {
  test('opens with Ctrl+K as a modal dialog, and Escape returns focus to the search button', async () => {
    const page = await offline.context.newPage();
    await page.goto(`${server.url}${LESSON}`);
    const box = await openByKeyboard(page, 'Control+K');
    await expect.poll(() => box.evaluate((node) => node === document.activeElement)).toBe(true);
    expect(await page.locator('dialog[open]').evaluate((dialog) => dialog.matches(':modal'))).toBe(true);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    // The dialog's close event (which returns focus) is queued after it hides.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('search-button')))
      .toBe(true);
    await page.close();
  });

  test('shows one close button on a phone', async () => {
    const page = await offline.context.newPage();
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(`${server.url}${LESSON}`);
    await openByKeyboard(page, '/');
    await expect.poll(() => page.getByRole('dialog').getByRole('button', { name: '닫기' }).count()).toBe(1);
    await page.close();
  });

  test('arrow keys and Enter open a result at its section', async () => {
    const page = await offline.context.newPage();
    await page.goto(`${server.url}${LESSON}`);
    await openByKeyboard(page, '/');
    const row = table.find((candidate) => candidate.kind === 'command') ?? table[0];
    if (!row) throw new Error('e2e/search-queries.yaml has no rows');
    await firstLesson(page, row.query);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const target = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
    expect(target).toContain('#');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.hash !== '');
    expect(lessonOf(new URL(page.url()).pathname)).toBe(lessonOf(target));
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
    await page.close();
  });
});

describe('the network', () => {
  test('nothing was requested from another origin', () => {
    expect(offline.blocked).toEqual([]);
  });
});
