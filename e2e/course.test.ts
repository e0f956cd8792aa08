/**
 * The course features in a real browser, over the built site (DIST_DIR, default dist/): exercises
 * that open without JavaScript, instructor notes only in the instructor edition, reading progress
 * that survives a reload, a browser restart and a corrupt stored value and works from file://,
 * axe on the new elements in both themes, the key-points page in the search index and on one A4
 * page per part; and, on the fixture course, the exercise numbers, the build warnings for lessons
 * without objectives or key points, and the build error for a solution outside an exercise.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, onTestFinished, test } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { PROGRESS_KEY, parseProgress, resumeTarget } from '../src/lib/course/progress-state.ts';
import { bundleOffline } from '../scripts/bundle/index.ts';
import { buildOfflineIndex } from '../scripts/bundle/offline-index.ts';
import { countPages } from '../scripts/handouts/render.ts';
import { chromiumLaunchOptions, findChromium } from '../scripts/lib/chromium.ts';
import { offlineContext } from './support/browser.ts';
import { runFullBuild } from './support/build.ts';
import { useSite } from './support/fixture.ts';
import { builtPages, lessonWith } from './support/pages.ts';
import { DIST } from './support/site.ts';
import { QUESTIONS } from '../src/lib/search/offline-index.ts';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const FIXTURE = 'e2e/fixtures/course';

const site = useSite();
const pages = builtPages();
const exerciseLesson = lessonWith(/class="exercise"/u);

/** A Chromium that keeps its profile in `dir` between launches, reaching nothing but 127.0.0.1 and files. */
async function persistentBrowser(dir: string): Promise<{ context: BrowserContext; blocked: string[] }> {
  const context = await chromium.launchPersistentContext(dir, {
    ...chromiumLaunchOptions(await findChromium()),
    viewport: { width: 1280, height: 400 },
  });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'file:' || url.protocol === 'data:' || url.hostname === '127.0.0.1') return route.continue();
    blocked.push(url.href);
    return route.abort('blockedbyclient');
  });
  return { context, blocked };
}

function stored(page: Page): Promise<string | null> {
  return page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
}

/** The lesson ids in reading order, as the home page lists them. */
async function readingOrder(page: Page): Promise<string[]> {
  const ids = await page
    .locator('tbody.lessons a[data-progress-lesson]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('data-progress-lesson') ?? ''));
  return [...new Set(ids)];
}

describe('exercises', () => {
  test('open their hints and solutions without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL(exerciseLesson, site.server.url).href);
    const exercise = page.locator('section.exercise').first();
    await expect.poll(() => exercise.getByRole('heading').innerText()).toMatch(/^실습 \d+-\d+/u);
    const solution = exercise.locator('details.exercise-solution');
    expect(await solution.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    expect(await solution.locator('.exercise-more-body').isVisible()).toBe(false);
    await solution.getByText('풀이', { exact: true }).click();
    expect(await solution.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    expect(await solution.locator('.exercise-more-body').isVisible()).toBe(true);
    await context.close();
  });

  test('are numbered per part, in reading order, with no number twice', () => {
    const numbers = pages
      .filter((page) => /^lessons\/[^/]+\/$/u.test(page.path))
      .flatMap((page) =>
        [...page.html.matchAll(/class="exercise-label"[^>]*>실습 (\d+)-(\d+)</gu)].map((m) => [
          Number(m[1]),
          Number(m[2]),
        ]),
      );
    expect(numbers.length).toBeGreaterThan(0);
    const labels = numbers.map(([part, n]) => `${part}-${n}`);
    expect(new Set(labels).size).toBe(labels.length);
    const byPart = Map.groupBy(numbers, ([part]) => part);
    for (const [, list] of byPart)
      expect(list.map(([, n]) => n).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(list.map((_, i) => i + 1));
  });
});

describe('the instructor edition', () => {
  test('shows notes and open solutions that no learner page holds', async () => {
    const learnerPages = pages.filter((page) => page.path.startsWith('lessons/'));
    expect(
      learnerPages.filter((page) => page.html.includes('class="instructor-note"')).map((page) => page.path),
    ).toEqual([]);
    const instructorPages = pages.filter((page) => page.path.startsWith('instructor/lessons/'));
    expect(instructorPages).toHaveLength(learnerPages.length);
    expect(instructorPages.some((page) => page.html.includes('class="instructor-note"'))).toBe(true);

    const { context } = await offlineContext(site.browser);
    const page = await context.newPage();
    await page.goto(new URL(`instructor/${exerciseLesson}`, site.server.url).href);
    const solutions = page.locator('details.exercise-solution');
    expect(await solutions.count()).toBeGreaterThan(0);
    expect(await solutions.evaluateAll((all) => all.every((details) => (details as HTMLDetailsElement).open))).toBe(
      true,
    );
    await context.close();
  });

  test('collects every note on one page, each linked back to its place', () => {
    const index = pages.find((page) => page.path === 'instructor/');
    const notes = pages
      .filter((page) => page.path.startsWith('instructor/lessons/'))
      .flatMap((page) =>
        [...page.html.matchAll(/class="instructor-note" id="([^"]+)"/gu)].map((m) => `${page.path}#${m[1]}`),
      );
    expect(notes.length).toBeGreaterThan(0);
    const links = [...(index?.html ?? '').matchAll(/class="extract-back"[^>]*>\s*<a href="\/?([^"]+)"/gu)].map(
      (m) => m[1],
    );
    expect(links.sort()).toEqual(notes.sort());
  });

  test('prints a worksheet with every exercise and no solution, and an instructor edition with them', () => {
    const learner = pages
      .filter((page) => /^lessons\/[^/]+\/$/u.test(page.path))
      .map((page) => page.html)
      .join('');
    const exercises = learner.match(/class="exercise-label"/gu)?.length ?? 0;
    const worksheet = pages.find((page) => page.path === 'print/worksheet/')?.html ?? '';
    const edition = pages.find((page) => page.path === 'print/instructor/')?.html ?? '';
    expect(worksheet.match(/class="exercise-label"/gu)?.length).toBe(exercises);
    expect(worksheet).not.toContain('exercise-solution');
    expect(worksheet).not.toContain('instructor-note');
    expect(edition.match(/class="exercise-label"/gu)?.length).toBe(exercises);
    expect(edition.match(/class="exercise-more exercise-solution" open/gu)?.length).toBe(
      learner.match(/exercise-solution/gu)?.length,
    );
  });
});

describe('reading progress', () => {
  test('survives a reload and a browser restart, and nothing leaves the machine', async () => {
    const profile = mkdtempSync(path.join(tmpdir(), 'course-profile-'));
    onTestFinished(() => rm(profile, { recursive: true, force: true }));
    let { context, blocked } = await persistentBrowser(profile);
    let page = await context.newPage();
    await page.goto(site.server.url);
    const order = await readingOrder(page);
    expect(order.length).toBeGreaterThanOrEqual(3);
    const [first, second, third] = order;

    // The first lesson is read to its end.
    await page.goto(new URL(`lessons/${first}/`, site.server.url).href);
    expect(await stored(page)).toBeNull();
    await page.locator('.pagination').scrollIntoViewIfNeeded();
    await expect.poll(async () => parseProgress(await stored(page)).read[first ?? '']).toBeDefined();
    await page.reload();
    const sidebar = page.getByRole('navigation', { name: '코스 목차' });
    await expect
      .poll(() => sidebar.locator(`a[data-progress-lesson="${first}"]`).getByRole('img', { name: '읽음' }).count())
      .toBe(1);

    // The second is left by its "next" link, before the end is in view.
    await page.goto(new URL(`lessons/${second}/`, site.server.url).href);
    expect(parseProgress(await stored(page)).read[second ?? '']).toBeUndefined();
    await Promise.all([
      page.waitForURL(new URL(`lessons/${third}/`, site.server.url).href),
      page.locator('a[rel="next"]').dispatchEvent('click'),
    ]);
    const before = parseProgress(await stored(page));
    expect(before.read[second ?? '']).toBeDefined();
    expect(blocked).toEqual([]);
    await context.close();

    ({ context, blocked } = await persistentBrowser(profile));
    page = await context.newPage();
    await page.goto(site.server.url);
    const after = parseProgress(await stored(page));
    expect(after).toEqual(before);
    for (const id of [first, second]) {
      expect(await page.locator(`tbody.lessons a[data-progress-lesson="${id}"] .read-mark`).isVisible()).toBe(true);
    }
    const resume = page.locator('a[data-progress-resume]');
    await expect.poll(() => resume.isVisible()).toBe(true);
    expect(await resume.getAttribute('href')).toMatch(
      new RegExp(`/lessons/${resumeTarget(order, after) ?? ''}/$`, 'u'),
    );
    const counts = await page.locator('h3[data-progress-part] .progress-count:not([hidden])').allInnerTexts();
    expect(counts.join(' ')).toMatch(/\d+\/\d+ 읽음/u);

    // Cleared from the page: nothing stored, nothing marked.
    await page.getByRole('button', { name: '진행 기록 지우기' }).click();
    expect(await stored(page)).toBeNull();
    expect(await page.locator('.read-mark:not([hidden])').count()).toBe(0);
    expect(await resume.isVisible()).toBe(false);
    expect(await page.locator('[role="status"][data-progress-status]').innerText()).toBe(
      '이 기기에 저장한 진행 기록을 지웠습니다.',
    );
    expect(blocked).toEqual([]);
    await context.close();
  });

  test.each([
    ['broken JSON', '{"v":1,"read":{'],
    ['another version', '{"v":2,"read":{"x":{"p":"setup","t":1}}}'],
    ['a wrong shape', '{"v":1,"read":[1,2,3]}'],
  ])('drops %s without an error', async (_name, value) => {
    const { context } = await offlineContext(site.browser);
    await context.addInitScript(
      ([key, raw]) => {
        if (!sessionStorage.getItem('seeded')) localStorage.setItem(key ?? '', raw ?? '');
        sessionStorage.setItem('seeded', '1');
      },
      [PROGRESS_KEY, value],
    );
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(site.server.url);
    await expect.poll(() => stored(page)).toBeNull();
    expect(await page.locator('.read-mark').count()).toBe(0);
    expect(await page.locator('a[data-progress-resume]').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('works from file:// in Chromium, where every file shares one storage', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'course-bundle-'));
    onTestFinished(() => rm(work, { recursive: true, force: true }));
    const out = path.join(work, 'site');
    await bundleOffline(DIST, out, path.join(work, 'site.zip'));
    const { context, blocked } = await persistentBrowser(path.join(work, 'profile'));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pathToFileURL(path.join(out, 'index.html')).href);
    const [first] = await readingOrder(page);
    await page.goto(pathToFileURL(path.join(out, 'lessons', first ?? '', 'index.html')).href);
    await page.locator('.pagination').scrollIntoViewIfNeeded();
    await expect.poll(async () => parseProgress(await stored(page)).read[first ?? '']).toBeDefined();
    await page.goto(pathToFileURL(path.join(out, 'index.html')).href);
    const resume = page.locator('a[data-progress-resume]');
    await expect.poll(() => resume.isVisible()).toBe(true);
    expect(await resume.getAttribute('href')).toMatch(/^(?:\.\/)?lessons\/[^/]+\/index\.html$/u);
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    await context.close();
  });
});

describe('the new elements', () => {
  interface Violation {
    id: string;
    help: string;
    nodes: { target: string[] }[];
  }

  test.each([
    ['light', 1280],
    ['dark', 360],
  ] as const)('pass axe in the %s theme at %i px with progress marked and solutions open', async (theme, width) => {
    const { context } = await offlineContext(site.browser, { colorScheme: theme, viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(site.server.url);
    // Every lesson read, under its part as the home page groups them, so every mark and count shows.
    const read = await page
      .locator('li.part')
      .evaluateAll((parts) =>
        Object.fromEntries(
          parts.flatMap((part) =>
            [...part.querySelectorAll('a[data-progress-lesson]')].map((link, t) => [
              link.getAttribute('data-progress-lesson') ?? '',
              { p: part.querySelector('[data-progress-part]')?.getAttribute('data-progress-part') ?? '', t },
            ]),
          ),
        ),
      );
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key ?? '', value ?? ''),
      [PROGRESS_KEY, JSON.stringify({ v: 1, read })],
    );
    const found: string[] = [];
    for (const target of ['', exerciseLesson, `instructor/${exerciseLesson}`, 'keypoints/', 'instructor/']) {
      await page.goto(new URL(target, site.server.url).href);
      await page.evaluate(() => {
        for (const details of document.querySelectorAll('details')) details.open = true;
      });
      // Evaluated, not added as a <script>: the server's CSP refuses inline scripts, as it should.
      await page.evaluate(AXE);
      const violations = await page.evaluate<Violation[], string[]>(async (tags) => {
        const run = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: Violation[] }> } }).axe;
        return (await run.run({ runOnly: { type: 'tag', values: tags } })).violations;
      }, TAGS);
      found.push(
        ...violations.map(
          (v) => `/${target} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      );
    }
    await context.close();
    expect(found).toEqual([]);
  });
});

describe('the key-points page', () => {
  test('is in the search index', async () => {
    const { base } = JSON.parse(await readFile(path.join(DIST, 'site.json'), 'utf8')) as { base: string };
    const index = await buildOfflineIndex(DIST, base);
    expect(index.pages.map((page) => page.path)).toContainEqual(
      expect.stringMatching(/(^|\/)keypoints\/(index\.html)?$/u),
    );
  });

  test('prints each part on one A4 page', async () => {
    const { context } = await offlineContext(site.browser);
    const page = await context.newPage();
    await page.goto(new URL('keypoints/', site.server.url).href);
    const parts = await page.locator('.keypoints-part').count();
    expect(parts).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await context.close();
    expect(countPages(pdf)).toBe(parts);
  });
});

describe('a course build', () => {
  test('numbers the fixture exercises and warns about lessons without objectives, questions or key points', async () => {
    const { code, output, outDir } = await runFullBuild(FIXTURE);
    expect(code, output).toBe(0);
    expect(output).toMatch(/lessons\/second\/index\.mdx:1:1 warning lesson-objectives/u);
    expect(output).toMatch(/lessons\/second\/index\.mdx:1:1 warning lesson-questions/u);
    expect(output).toMatch(/lessons\/second\/index\.mdx:1:1 warning lesson-keypoints/u);
    expect(output).not.toMatch(/lessons\/exercises\/index\.mdx:1:1 warning/u);
    const html = await readFile(path.join(outDir, 'lessons/exercises/index.html'), 'utf8');
    // The questions box only where a lesson lists questions (`second` lists none).
    expect(html).toContain(`id="${QUESTIONS.id}"`);
    expect(await readFile(path.join(outDir, 'lessons/second/index.html'), 'utf8')).not.toContain(QUESTIONS.id);
    expect([...html.matchAll(/class="exercise-label"[^>]*>([^<]+)</gu)].map((m) => m[1])).toEqual([
      '실습 1-1',
      '실습 1-2',
    ]);
  }, 180_000);

  test('stops at a solution outside an exercise, naming the file and line', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'bad-exercise-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    await cp(FIXTURE, dir, { recursive: true });
    const file = path.join(dir, 'lessons/exercises/index.mdx');
    const mdx = await readFile(file, 'utf8');
    await writeFile(file, `${mdx}\n<Solution>\n답\n</Solution>\n`);
    const line = mdx.split('\n').length + 1;
    const { code, output } = await runFullBuild(dir);
    expect(code, output).not.toBe(0);
    expect(output).toContain(`exercises/index.mdx:${line}:1 error exercise-part <Solution> is outside an <Exercise>`);
  }, 180_000);
});
