/**
 * The course as built: every lesson renders, comparison tables keep their caption and row
 * headers (also on a 360px phone), pending screenshots are visible placeholders, diagrams are
 * named images, and lesson screenshots come out of astro:assets sized, lazy and linked to the
 * full-size file. Runs over DIST_DIR (default dist/); the screenshot cases build a small course.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, onTestFinished, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { launch, offlineContext } from './support/browser.ts';
import { serveStatic, type StaticServer } from './support/server.ts';
import { buildSite } from './support/build.ts';
import { DIST } from './support/site.ts';
import { readLessons, type LessonSource } from '../scripts/lib/lesson-sources.ts';
import { t } from '../src/i18n/ko.ts';
import { allAdded } from '../src/lib/course/note-line.ts';

const LESSONS = 'content/lessons';
let lessons: LessonSource[];
let browser: Browser;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  lessons = readLessons(LESSONS);
  server = await serveStatic(DIST);
  browser = await launch();
  page = await (await offlineContext(browser)).context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the built course', () => {
  test('renders every lesson with its title as the only h1', async () => {
    for (const lesson of lessons) {
      const response = await page.goto(`${server.url}lessons/${lesson.slug}/`);
      expect(response?.status(), lesson.slug).toBe(200);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).allInnerTexts()).toEqual([lesson.title]);
    }
  });

  test('renders each Comparison as a table with a caption and one row header per row', async () => {
    const withComparison = lessons.filter((lesson) => lesson.text.includes('<Comparison'));
    expect(withComparison.length).toBeGreaterThanOrEqual(4);
    for (const lesson of withComparison) {
      await page.goto(`${server.url}lessons/${lesson.slug}/`);
      const captions = [...lesson.text.matchAll(/<Comparison\s+caption="([^"]+)"/gu)].map((match) => match[1] ?? '');
      for (const caption of captions) {
        const table = page.getByRole('table', { name: caption });
        await expect.poll(() => table.count(), { message: caption }).toBe(1);
        const rows = await table.locator('tbody tr').count();
        expect(await table.getByRole('rowheader').count(), caption).toBe(rows);
        expect(rows).toBeGreaterThan(1);
      }
    }
  });

  test('fits the comparison table into a 360px phone without sideways scrolling', async () => {
    const phone = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await phone.goto(`${server.url}lessons/containers-vs-vms/`);
    const table = phone.getByRole('table', { name: '가상 머신(VM) vs 컨테이너(Container)' });
    const box = await table.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(360);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await phone.close();
  });

  test('shows every pending screenshot as a visible placeholder naming its file', async () => {
    for (const lesson of lessons) {
      const files = [...lesson.text.matchAll(/<PendingScreenshot file="([^"]+)"/gu)].map((match) => match[1] ?? '');
      if (files.length === 0) continue;
      await page.goto(`${server.url}lessons/${lesson.slug}/`);
      for (const file of files) {
        const placeholder = page.getByRole('figure', { name: new RegExp(file.replace('.', '\\.'), 'u') });
        await expect.poll(() => placeholder.isVisible(), { message: `${lesson.slug} ${file}` }).toBe(true);
        expect(await placeholder.innerText()).toContain(file);
      }
    }
  });

  test.each([
    ['container-virtualization', '하이퍼바이저 Type 1과 Type 2의 구조'],
    ['container-virtualization', '가상 머신 방식과 컨테이너 가상화의 계층 비교'],
    ['docker-architecture', '도커 아키텍처: 클라이언트, 도커 호스트, 레지스트리'],
    ['image-layers', '이미지의 읽기 전용 레이어와 컨테이너의 읽기-쓰기 레이어'],
  ])('draws a named, described diagram in %s: %s', async (slug, name) => {
    await page.goto(`${server.url}lessons/${slug}/`);
    const diagram = page.getByRole('img', { name });
    await expect.poll(() => diagram.count()).toBe(1);
    const description = await diagram.evaluate((node) => {
      const id = node.getAttribute('aria-describedby') ?? '';
      return document.getElementById(id)?.textContent ?? '';
    });
    expect(description.length).toBeGreaterThan(40);
  });

  test('opens every lesson with the questions its frontmatter lists, marked as the course’s addition', async () => {
    for (const lesson of lessons) {
      expect(lesson.questions.length, `${lesson.slug} lists no questions`).toBeGreaterThan(0);
      await page.goto(`${server.url}lessons/${lesson.slug}/`);
      const box = page.getByRole('region', { name: t('lesson.questions') });
      const items = box.getByRole('listitem');
      expect(await items.evaluateAll((nodes) => nodes.map((node) => node.firstChild?.textContent?.trim()))).toEqual(
        lesson.questions.map((item) => item.text),
      );
      // Once at the heading when the course wrote every question, else beside each it wrote.
      const marks = allAdded(lesson.questions) ? 1 : lesson.questions.filter((item) => item.added).length;
      expect(await box.locator('.added-mark').count(), lesson.slug).toBe(marks);
      // Above the lesson's first heading with an id, where search's lead ends: a student reads them first.
      const above = await box.evaluate((node) => {
        const first = node.closest('article')?.querySelector(':is(h2, h3)[id]');
        return (
          first !== null &&
          first !== undefined &&
          (node.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
        );
      });
      expect(above, lesson.slug).toBe(true);
    }
  });

  test('links each Term to its glossary entry', async () => {
    await page.goto(`${server.url}lessons/what-is-docker/`);
    const term = page.locator('.prose a.term').first();
    const target = await term.getAttribute('href');
    expect(target).toMatch(/\/glossary\/#[\w-]+$/u);
    await page.goto(new URL(target ?? '', server.url).href);
    const id = target?.split('#')[1] ?? '';
    expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
  });

  test('lists the glossary from the home page', async () => {
    await page.goto(server.url);
    await page.getByRole('link', { name: '용어집 보기' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('용어집');
    expect(await page.locator('dfn').count()).toBeGreaterThanOrEqual(19);
  });

  test('shows the note’s wrong docker run syntax only as a marked wrong example, next to the fix', async () => {
    await page.goto(`${server.url}lessons/container-commands/`);
    const blocks = page.locator('figure.code');
    const wrong = blocks.filter({ hasText: 'docker container run --name  -i -t  CONTAINER_NAME' });
    expect(await wrong.count()).toBe(1);
    expect(await wrong.getAttribute('data-expect-error')).toContain('--name');
    const fixed = blocks.filter({ hasText: 'docker container run -i -t --name CONTAINER_NAME IMAGE COMMAND' });
    expect(await fixed.count()).toBe(1);
    expect(await fixed.getAttribute('data-expect-error')).toBeNull();
  });
});

/** A tiny course with one real screenshot, and one with a reference to a missing file. */
describe('lesson screenshots', () => {
  let content: string;

  async function course(body: string): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), 'screenshot-course-'));
    await cp('e2e/fixtures/course/parts.yaml', path.join(dir, 'parts.yaml'));
    await cp('e2e/fixtures/course/glossary.yaml', path.join(dir, 'glossary.yaml'));
    const lesson = path.join(dir, 'lessons', 'shots');
    await cp('e2e/fixtures/course/lessons/second', lesson, { recursive: true });
    const index = await readFile(path.join(lesson, 'index.mdx'), 'utf8');
    const frontmatter = index.split(/^---$/mu)[1] ?? '';
    await mkdir(path.join(lesson, 'images'), { recursive: true });
    await writeFile(path.join(lesson, 'index.mdx'), `---${frontmatter}---\n\n${body}\n`);
    return dir;
  }

  beforeAll(async () => {
    content = await course('![테스트용 단색 그림](./images/fixture.png "테스트 캡션")');
    // A generated solid-colour test image, not a course screenshot.
    await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#3366cc' } })
      .png()
      .toFile(path.join(content, 'lessons/shots/images/fixture.png'));
  });

  afterAll(() => rm(content, { recursive: true, force: true }));

  test('renders a figure with a sized, lazy, responsive image linked to the full-size file', async () => {
    const dist = await buildSite({ content });
    const local = await serveStatic(dist);
    onTestFinished(() => local.close());
    const shot = await browser.newPage();
    await shot.goto(`${local.url}lessons/shots/`);
    const image = shot.getByRole('img', { name: '테스트용 단색 그림' });
    expect(await image.getAttribute('width')).toBe('1600');
    expect(await image.getAttribute('height')).toBe('900');
    expect(await image.getAttribute('loading')).toBe('lazy');
    expect(await image.getAttribute('srcset')).toMatch(/360w.*720w/u);
    expect(await shot.locator('figure figcaption').filter({ hasText: '테스트 캡션' }).count()).toBe(1);
    const full = await shot.getByRole('link', { name: /원본 크기로 보기/u }).getAttribute('href');
    const response = await shot.request.get(new URL(full ?? '', local.url).href);
    expect(response.headers()['content-type']).toBe('image/png');
    await shot.close();
  });

  test('fails the build naming the lesson file, line and missing file', async () => {
    const broken = await course('# 제목\n\n![없는 그림](./images/virtualbox001.png)');
    onTestFinished(() => rm(broken, { recursive: true, force: true }));
    const source = await readFile(path.join(broken, 'lessons/shots/index.mdx'), 'utf8');
    const line = source.split('\n').findIndex((text) => text.startsWith('![')) + 1;
    await expect(buildSite({ content: broken })).rejects.toThrow(
      `lessons/shots/index.mdx:${line}:1 error missing-image ./images/virtualbox001.png does not exist`,
    );
  });
});
