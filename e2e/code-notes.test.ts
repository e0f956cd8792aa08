/**
 * What the command checker knows reaches the student: every warning and info it raises on a lesson's
 * block is a Korean note right under that block, on the lesson page, on the print pages and in what
 * they print to PDF. Checked on the real course (dist/, against the checker itself) and on a fixture
 * lesson that plants an end-of-life image and a `docker-compose` line; axe checks the notes in both themes.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, onTestFinished, test } from 'vitest';
import { checkBlocks, collectSources } from '../packages/check-commands/index.ts';
import { findingText, isNote } from '../src/markdown/finding-text.ts';
import { servePrintFonts } from '../scripts/handouts/fonts/print-fonts.ts';
import { printDocument } from '../scripts/handouts/render.ts';
import { launch, offlineContext } from './support/browser.ts';
import { runFullBuild } from './support/build.ts';
import { useSite } from './support/fixture.ts';
import { readPdf } from './support/pdf.ts';
import { serveStatic, type StaticServer } from './support/server.ts';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const LABEL = '이 명령에 대해 알아 둘 점';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

interface PageNote {
  /** The element right before the note: the code block it belongs to. */
  after: string;
  texts: string[];
}

/** Every note on the page at `url`, with what comes right before it. */
async function notesOn(page: Page, url: string): Promise<PageNote[]> {
  await page.goto(url);
  return page.locator('.code-notes').evaluateAll((notes) =>
    notes.map((note) => ({
      after: note.previousElementSibling?.matches('figure.code')
        ? 'figure.code'
        : String(note.previousElementSibling?.tagName),
      texts: [...note.querySelectorAll('.code-note')].map((p) => p.textContent ?? ''),
    })),
  );
}

/** What the checker says students must see, per lesson id: the Korean text of each note, once per block. */
async function expectedNotes(): Promise<Map<string, string[]>> {
  const { sources } = await collectSources(['content/lessons']);
  const { blocks } = await checkBlocks(sources);
  const out = new Map<string, string[]>();
  for (const report of blocks) {
    // The page shows `backticked` words as <code>, so its text has no backticks.
    const texts = [...new Set(report.diagnostics.filter(isNote).map((d) => findingText(d).replaceAll('`', '')))];
    const id = path.basename(path.dirname(report.file));
    if (texts.length > 0) out.set(id, [...(out.get(id) ?? []), ...texts]);
  }
  return out;
}

describe('the real course', () => {
  const site = useSite();

  test('shows every warning and info of the command check under its block, in Korean', async () => {
    const expected = await expectedNotes();
    // The course has these today (3 docker-compose, 6 end-of-life images); a fixed course may have fewer.
    expect([...expected.values()].flat().length).toBeGreaterThan(0);
    const { context } = await offlineContext(site.browser);
    const page = await context.newPage();
    for (const [lesson, texts] of expected) {
      const notes = await notesOn(page, new URL(`lessons/${lesson}/`, site.server.url).href);
      expect(notes.map((note) => note.after)).toEqual(notes.map(() => 'figure.code'));
      expect(notes.flatMap((note) => note.texts).sort(), lesson).toEqual([...texts].sort());
    }
    await context.close();
  });
});

describe('a lesson with an end-of-life image and docker-compose', () => {
  let dist: string;
  let server: StaticServer;
  let browser: Browser;
  const lessonUrl = (): string => new URL('lessons/outdated/', server.url).href;

  beforeAll(async () => {
    // The `npm run build` of the fixture course that bad-content and course tests also read (built once).
    const build = await runFullBuild('e2e/fixtures/course');
    if (build.code !== 0) throw new Error(`the fixture course did not build:\n${build.output}`);
    dist = build.outDir;
    server = await serveStatic(dist);
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('finds both notes in the built HTML, in Korean, and none under the clean block', async () => {
    const html = await readFile(path.join(dist, 'lessons/outdated/index.html'), 'utf8');
    const notes = [...html.matchAll(/<div class="code-notes" role="note" aria-label="([^"]+)">(.*?)<\/div>/gu)];
    expect(notes.map((m) => m[1])).toEqual([LABEL, LABEL]);
    const [centos, compose] = notes.map((m) => (m[2] ?? '').replace(/<[^>]+>/gu, ''));
    expect(centos).toContain('centos:7 이미지는 2024년 6월 30일에 지원이 끝나');
    expect(centos).toContain('rockylinux/rockylinux:9');
    expect(compose).toContain('docker compose up -d처럼 띄어 씁니다');
    expect(html).not.toMatch(/reached end of life|is retired/u);
  });

  test('puts each note right under its block', async () => {
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    const notes = await notesOn(page, lessonUrl());
    expect(notes.map((note) => note.after)).toEqual(['figure.code', 'figure.code']);
    await expect(page.getByRole('note', { name: LABEL }).count()).resolves.toBe(2);
    const before = await page
      .getByRole('note', { name: LABEL })
      .evaluateAll((all) => all.map((note) => note.previousElementSibling?.getAttribute('data-copy')));
    expect(before).toEqual(['docker run -it --name centos7 centos:7 /bin/bash', 'docker-compose up -d']);
    await context.close();
  });

  test.each(['light', 'dark'] as const)(
    'has no WCAG 2.1 AA or best-practice violation in the notes in the %s theme',
    async (theme) => {
      const { context } = await offlineContext(browser, { colorScheme: theme });
      const page = await context.newPage();
      await page.goto(lessonUrl());
      // Evaluated, not added as a <script>: the server's CSP refuses inline scripts.
      await page.evaluate(AXE);
      const violations = await page.evaluate(async (tags) => {
        const axe = (
          window as unknown as {
            axe: { run: (context: object, options: object) => Promise<{ violations: { id: string }[] }> };
          }
        ).axe;
        const result = await axe.run({ include: [['.code-notes']] }, { runOnly: { type: 'tag', values: tags } });
        return result.violations.map((v) => v.id);
      }, TAGS);
      await context.close();
      expect(violations).toEqual([]);
    },
  );

  test('prints the notes on the part print page into its PDF, the way npm run handouts does', async () => {
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    await servePrintFonts(page);
    const document = { kind: 'part', title: '심화', page: 'print/parts/more/', pdf: 'more.pdf' } as const;
    const settings = { siteUrl: server.url, publicUrl: undefined, course: '도커 입문 코스', onlineLink: undefined };
    const { pdf } = await printDocument(page, document, settings);
    await expect(page.locator('.code-notes').first().isVisible()).resolves.toBe(true);
    await context.close();
    const work = await mkdtemp(path.join(tmpdir(), 'code-notes-'));
    onTestFinished(() => rm(work, { recursive: true, force: true }));
    const file = path.join(work, 'more.pdf');
    await writeFile(file, pdf);
    const text = (await readPdf(file)).lines.join('').replace(/\s+/gu, '');
    expect(text).toContain('2024년6월30일에지원이끝나');
    expect(text).toContain('dockercomposeup-d처럼띄어씁니다');
  });
});
