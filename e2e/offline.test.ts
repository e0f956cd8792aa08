/**
 * "오프라인으로 저장" (issue 17) in Chromium on localhost: nothing is registered before the press;
 * after it the whole course, search included, works with the network gone; a rebuild with one
 * lesson changed is offered and applied only when the reader agrees. Where a service worker cannot
 * run (file://, the classroom server's plain-HTTP address) the control stays hidden.
 */
import { afterAll, beforeAll, describe, expect, onTestFinished, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { bundleOffline } from '../scripts/bundle/index.ts';
import { launch, offlineContext } from './support/browser.ts';
import { buildSite } from './support/build.ts';
import { serveStatic, type StaticServer } from './support/server.ts';
import { DIST } from './support/site.ts';
import { progressChannel } from '../src/scripts/offline-messages.ts';
import { firstLesson, openByKeyboard } from './search-support.ts';

/** A sentence only the second build has, appended to one lesson. */
const CHANGE = '오프라인 업데이트를 확인하는 문장입니다.';
const SAVE = { name: '오프라인으로 저장' } as const;
/** A Korean question as a student types it (particles, "how to"). */
const QUERY = '이미지를 지우는 법';

let browser: Browser;
let server: StaticServer | undefined;
let rebuilt: string;
let lessons: string[];
/** The folder of the changed course's content, removed when the file ends. */
let changedCourse: string | undefined;

/** The lesson ids of the course, in folder order. */
async function lessonIds(): Promise<string[]> {
  const entries = await readdir(path.join(DIST, 'lessons'), { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** The `<h1>` of a built lesson page. */
async function builtTitle(dist: string, id: string): Promise<string> {
  const html = await readFile(path.join(dist, 'lessons', id, 'index.html'), 'utf8');
  const title = /<h1[^>]*>([^<]+)<\/h1>/u.exec(html)?.[1];
  if (!title) throw new Error(`${dist}/lessons/${id}/index.html has no <h1>`);
  return title;
}

/** The course with `CHANGE` appended to lesson `id`, built into a temporary folder. */
async function buildChanged(id: string): Promise<string> {
  const root = path.resolve('node_modules/.cache/course-builds');
  await mkdir(root, { recursive: true });
  changedCourse = await mkdtemp(path.join(root, 'offline-content-'));
  const content = path.join(changedCourse, 'content');
  await cp(path.resolve(process.env['COURSE_CONTENT_DIR'] ?? 'content'), content, { recursive: true });
  await appendFile(path.join(content, 'lessons', id, 'index.mdx'), `\n\n${CHANGE}\n`);
  return buildSite({ content });
}

beforeAll(async () => {
  lessons = await lessonIds();
  browser = await launch();
  rebuilt = await buildChanged(lessons[2] ?? '');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (changedCourse) await rm(changedCourse, { recursive: true, force: true });
});

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.1 AA and best-practice findings on the page as it is (panel or banner open). */
async function axeFindings(page: Page): Promise<string[]> {
  // Evaluated, not added as a <script>: the server's CSP refuses inline scripts (as e2e/a11y.test.ts does).
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
    const { violations } = await axe.run({ runOnly: { type: 'tag', values: tags } });
    return violations.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** The number of files the service worker has stored. */
function storedFiles(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const names = (await caches.keys()).filter((name) => name.startsWith('workbox-precache'));
    const counts = await Promise.all(names.map(async (name) => (await (await caches.open(name)).keys()).length));
    return counts.reduce((sum, count) => sum + count, 0);
  });
}

describe('the offline control on localhost', () => {
  test(
    'saves the course on request, works offline with search, and updates only on consent',
    { timeout: 240_000 },
    async () => {
      server = await serveStatic(DIST);
      const origin = server.url;
      const port = Number(new URL(origin).port);
      const { context, blocked } = await offlineContext(browser, { viewport: { width: 360, height: 800 } });
      // The classroom server sends the documented Content-Security-Policy: the worker must work under it.
      const violations: string[] = [];
      await context.exposeFunction('reportViolation', (text: string) => violations.push(text));
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { reportViolation: (text: string) => void }).reportViolation;
          report(`${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      const page = await context.newPage();
      const requested: string[] = [];
      context.on('request', (request) => requested.push(new URL(request.url()).pathname));
      const [first, unvisited, changed] = lessons;

      // Before the press: no worker, and none of its files asked for.
      await page.goto(`${origin}lessons/${first}/`);
      await page.getByRole('button', SAVE).waitFor();
      expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((all) => all.length))).toBe(0);
      expect(requested.filter((file) => /\/(?:sw\.js|offline\.json|manifest\.webmanifest)$/u.test(file))).toEqual([]);

      // The press: the size, then 저장됨 once every file is stored.
      await page.getByRole('button', SAVE).click();
      const facts = JSON.parse(await readFile(path.join(DIST, 'offline.json'), 'utf8')) as { files: number };
      await expect
        .poll(() => page.locator('[data-offline-size]').textContent())
        .toMatch(/저장할 크기: [\d.]+ [KM]B \(파일 [\d,]+개\)/u);
      const channel = progressChannel(origin);
      await page.evaluate((name) => {
        const heard: unknown[] = [];
        Object.assign(window, { heard });
        new BroadcastChannel(name).addEventListener('message', (event: MessageEvent) => heard.push(event.data));
      }, channel);
      await page.getByRole('button', { name: '저장하기' }).click();
      await page.getByRole('status').filter({ hasText: '저장됨' }).waitFor({ timeout: 120_000 });
      expect(await storedFiles(page)).toBe(facts.files);
      // The worker told the page how far it had got, up to the last file.
      const heard = await page.evaluate(() => (window as unknown as { heard: unknown[] }).heard);
      expect(heard.at(-1)).toEqual({ type: 'progress', done: facts.files, total: facts.files });
      expect(await axeFindings(page)).toEqual([]);
      expect(await page.locator('link[rel="manifest"]').count()).toBe(1);

      // Offline: the server is gone too, so only the saved copy can answer.
      await context.setOffline(true);
      await server.close();
      server = undefined;
      await page.goto(`${origin}lessons/${unvisited}/`);
      await expect.poll(() => page.locator('article h1').textContent()).toBe(await builtTitle(DIST, unvisited ?? ''));
      // The page still says 저장됨, though the browser could not look for a new version.
      await page.getByRole('button', SAVE).click();
      await page.getByRole('status').filter({ hasText: '저장됨' }).waitFor();
      await page.keyboard.press('Escape');
      await openByKeyboard(page);
      expect(await firstLesson(page, QUERY)).toBeDefined();
      const result = page.locator('pagefind-results .pf-result-link').first();
      const target = new URL((await result.getAttribute('href')) ?? '', page.url());
      await result.click();
      await page.waitForURL((url) => url.pathname === target.pathname);
      await expect.poll(() => page.locator('article h1').isVisible()).toBe(true);

      // A new build on the same address: offered, and nothing changes until the reader agrees.
      server = await serveStatic(rebuilt, '/', { port });
      await context.setOffline(false);
      await page.goto(`${origin}lessons/${changed}/`);
      const update = page.getByRole('button', { name: '업데이트' });
      await update.waitFor({ timeout: 120_000 });
      await expect.poll(() => page.getByText('새 버전이 있습니다').isVisible()).toBe(true);
      expect(await axeFindings(page)).toEqual([]);
      expect(await page.getByText(CHANGE).count()).toBe(0);
      await page.reload();
      expect(await page.getByText(CHANGE).count()).toBe(0);
      await page.getByRole('button', { name: '업데이트' }).click();
      await page.getByText(CHANGE).waitFor();

      // The new version is what is saved now.
      await context.setOffline(true);
      await page.goto(`${origin}lessons/${changed}/`);
      await page.getByText(CHANGE).waitFor();

      // And the reader can take it back.
      await context.setOffline(false);
      await page.getByRole('button', SAVE).click();
      await page.getByRole('button', { name: '저장한 코스 지우기' }).click();
      await page.getByRole('status').filter({ hasText: '저장한 코스를 지웠습니다.' }).waitFor();
      expect(await storedFiles(page)).toBe(0);
      expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((all) => all.length))).toBe(0);
      expect(blocked).toEqual([]);
      expect(violations).toEqual([]);
      await context.close();
    },
  );
});

describe('under a base path', () => {
  test('saves the course served at /docker-course/ and opens its lessons offline', { timeout: 240_000 }, async () => {
    const BASE = '/docker-course/';
    const dist = await buildSite({ content: 'e2e/fixtures/course', base: BASE });
    const ids = (await readdir(path.join(dist, 'lessons'))).sort();
    const served = await serveStatic(dist, BASE);
    const { context, blocked } = await offlineContext(browser);
    const page = await context.newPage();
    await page.goto(`${served.url}lessons/${ids[0]}/`);
    await page.getByRole('button', SAVE).click();
    await page.getByRole('button', { name: '저장하기' }).click();
    await page.getByRole('status').filter({ hasText: '저장됨' }).waitFor({ timeout: 120_000 });
    const scopes = await page.evaluate(() =>
      navigator.serviceWorker.getRegistrations().then((all) => all.map((r) => r.scope)),
    );
    expect(scopes).toEqual([served.url]);

    await context.setOffline(true);
    await served.close();
    await page.goto(`${served.url}lessons/${ids.at(-1)}/`);
    await expect.poll(() => page.locator('article h1').textContent()).toBe(await builtTitle(dist, ids.at(-1) ?? ''));
    expect(blocked).toEqual([]);
    await context.close();
  });
});

describe('where a service worker cannot run', () => {
  async function control(context: BrowserContext, url: string): Promise<{ hidden: boolean; errors: string[] }> {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url);
    await page.waitForLoadState('load');
    const hidden = await page.locator('.offline').evaluate((element) => element.hasAttribute('hidden'));
    return { hidden, errors };
  }

  test('hides the control on file:// and on the classroom server, with no script error', async () => {
    const { context } = await offlineContext(browser);
    const lesson = lessons[0] ?? '';
    // The USB bundle (npm run bundle): the same pages with classic scripts, opened from disk.
    const work = await mkdtemp(path.join(tmpdir(), 'offline-bundle-'));
    onTestFinished(() => rm(work, { recursive: true, force: true }));
    await bundleOffline(DIST, path.join(work, 'site'), path.join(work, 'site.zip'));
    const fromDisk = await control(
      context,
      pathToFileURL(path.join(work, 'site', 'lessons', lesson, 'index.html')).href,
    );
    expect(fromDisk).toEqual({ hidden: true, errors: [] });

    // The classroom server answers at a LAN address over plain HTTP: not a secure context.
    const local = await serveStatic(DIST);
    onTestFinished(() => local.close());
    await context.route('http://classroom.test/**', async (route) => {
      const url = route.request().url().replace('http://classroom.test/', local.url);
      await route.fulfill({ response: await route.fetch({ url }) });
    });
    const classroom = await control(context, `http://classroom.test/lessons/${lesson}/`);
    expect(classroom).toEqual({ hidden: true, errors: [] });
    await context.close();
  });
});
