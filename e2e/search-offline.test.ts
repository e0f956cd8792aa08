/**
 * The classroom bundle opened straight from disk (file://) in Chromium with every request off the
 * machine blocked: results that open lessons from disk. The query tables run over file:// and HTTP
 * side by side in search-tables.test.ts.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, offlineContext, type OfflineContext } from './support/browser.ts';
import { DIST } from './support/site.ts';
import { bundleOffline } from '../scripts/bundle/index.ts';
import { firstLesson, lessonOf, openByKeyboard } from './search-support.ts';

const QUERY = { query: '이미지를 지우는 법', lesson: 'image-commands' };
const work = mkdtempSync(path.join(tmpdir(), 'search-offline-'));
const out = path.join(work, 'site');
const zipFile = path.join(work, 'site.zip');

let browser: Browser;
let offline: OfflineContext;
let page: Page;

beforeAll(async () => {
  await bundleOffline(DIST, out, zipFile);
  browser = await launch();
  offline = await offlineContext(browser);
  page = await offline.context.newPage();
  await page.goto(pathToFileURL(path.join(out, 'lessons/install-docker/index.html')).href);
  await openByKeyboard(page, '/');
});

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the file:// bundle', () => {
  test('writes the site with explicit index.html links, its search index and a zip', async () => {
    expect(existsSync(path.join(out, 'search/offline-index.js'))).toBe(true);
    expect(existsSync(zipFile)).toBe(true);
    const links = await page
      .locator('nav a[href]')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((href) => !href.startsWith('#') && !/index\.html(?:#.*)?$/u.test(href))).toEqual([]);
  });

  test('opens a result from disk with Enter', async () => {
    expect(await firstLesson(page, QUERY.query)).toBe(QUERY.lesson);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => lessonOf(url.pathname) === QUERY.lesson);
    expect(page.url().startsWith('file://')).toBe(true);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBe(1);
  });

  test('requests nothing from another origin', () => {
    expect(offline.blocked).toEqual([]);
  });
});
