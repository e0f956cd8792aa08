/**
 * Search on the served site, in Chromium with every request off the machine blocked: the dialog's
 * keys and focus, the part filter by keyboard and on a phone, jumping to a section, a pasted error
 * opening the errors page, and what a lesson page pays before search is opened. The query tables
 * run in search-tables.test.ts.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, offlineContext, type OfflineContext } from './support/browser.ts';
import { serveStatic, type StaticServer } from './support/server.ts';
import { DIST } from './support/site.ts';
import { readBuiltSite } from '../scripts/lib/built-site.ts';
import { firstLesson, lessonOf, openByKeyboard, topResults } from './search-support.ts';
import { lessonsOfPart } from './search-parts.ts';

const LESSON = 'lessons/install-docker/';
const JS_BUDGET = 10 * 1024;
/** A part and a query that finds lessons in it and in other parts. */
const PART = { id: 'commands', title: '도커 명령어' };
const QUERY = '컨테이너 실행';

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

/** The lesson of every result the dialog shows now. */
async function shownLessons(page: Page): Promise<(string | undefined)[]> {
  const hrefs = await page
    .locator('pagefind-results .pf-result-link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map(lessonOf);
}

/** Every result's lesson, after the results for `query` have settled. */
async function resultLessons(page: Page, query: string): Promise<(string | undefined)[]> {
  await topResults(page, query, 1);
  return shownLessons(page);
}

/** True when the dialog shows results and every one is a lesson of `part`. */
async function onlyLessonsOf(page: Page, part: readonly string[]): Promise<boolean> {
  const shown = await shownLessons(page);
  return shown.length > 0 && shown.every((lesson) => part.includes(lesson ?? ''));
}

describe('the part filter', () => {
  test('limits the results to one part, chosen by keyboard', async () => {
    const page = await offline.context.newPage();
    await page.goto(`${server.url}${LESSON}`);
    await openByKeyboard(page, '/');
    const before = await resultLessons(page, QUERY);
    const part = lessonsOfPart(PART.id);
    expect(before.some((lesson) => !part.includes(lesson ?? ''))).toBe(true);
    const trigger = page.getByRole('dialog').getByRole('combobox', { name: /부 고르기/u });
    const focused = () => trigger.evaluate((node) => node === document.activeElement);
    for (let step = 0; step < 6 && !(await focused()); step += 1) await page.keyboard.press('Tab');
    expect(await focused()).toBe(true);
    await page.keyboard.press('Enter');
    const option = page.getByRole('option', { name: PART.title, exact: true, includeHidden: true });
    for (
      let step = 0;
      step < 10 && !(await option.evaluate((node) => node.classList.contains('pf-dropdown-option-focused')));
      step += 1
    )
      await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await expect.poll(() => option.getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => onlyLessonsOf(page, part)).toBe(true);
    await page.close();
  });

  test('is usable by touch on a phone', async () => {
    const page = await offline.context.newPage();
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(`${server.url}${LESSON}`);
    await openByKeyboard(page, '/');
    await resultLessons(page, QUERY);
    const trigger = page.getByRole('dialog').getByRole('combobox', { name: /부 고르기/u });
    const box = await trigger.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(390);
    await trigger.click();
    await page.getByRole('option', { name: PART.title, exact: true }).click();
    const part = lessonsOfPart(PART.id);
    await expect.poll(() => onlyLessonsOf(page, part)).toBe(true);
    await page.close();
  });
});

describe('a pasted error', () => {
  test('opens the errors page at the section about it, with Enter', async () => {
    const page = await offline.context.newPage();
    await page.goto(`${server.url}${LESSON}`);
    await openByKeyboard(page, '/');
    const [first] = await topResults(
      page,
      'docker: Error response from daemon: Bind for 0.0.0.0:3306 failed: port is already allocated.',
    );
    expect(first).toBe('errors#port-allocated');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname.endsWith('/errors/') && url.hash === '#port-allocated');
    await expect.poll(() => page.locator('#port-allocated').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('덧붙임: 원인').first().isVisible()).toBe(true);
    await page.close();
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
    await firstLesson(page, 'docker attach');
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
