/**
 * The PDF handouts `npm run build` wrote into the built site (DIST_DIR, default dist/), read with
 * pdfjs-dist: every expected PDF exists, fonts are embedded as TrueType (no Type 3), the text is
 * Korean that extracts in order, with every lesson title and every command line whole (Korean
 * beside Latin included), and the cheat sheet fits on two A4 pages. Then `npm run handouts` over
 * the same site: the public site's addresses, the same bytes twice, and the clear error without a
 * browser (for `npm run build` too).
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { t } from '../src/i18n/ko.ts';
import { cleanEnv } from './support/build.ts';
import { builtPages } from './support/pages.ts';
import { readPdf, type PdfFacts } from './support/pdf.ts';
import { DIST } from './support/site.ts';

const run = promisify(execFile);
const NODE = path.resolve('node_modules/.bin/node');
const SITE_URL = 'https://print.example.org';
const HANDOUTS = path.join(DIST, 'handouts');
/** Characters a printed code line holds at print.css's A4 width; shorter command lines must never wrap. */
const CODE_COLUMNS = 92;
/** A4 in points, as Chromium writes it. */
const A4 = [595, 842];

/** The elements of `tree` that `test` accepts, in document order. */
function elements(tree: Root, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (element: Element) => {
    if (test(element)) found.push(element);
  });
  return found;
}

const hasClass = (element: Element, name: string): boolean =>
  String(element.properties['className'] ?? '')
    .split(/[\s,]+/u)
    .includes(name);

const pages = builtPages();
const lessons = pages
  .filter((page) => /^lessons\/[^/]+\/$/u.test(page.path))
  .map((page) => {
    const tree = fromHtml(page.html);
    const [h1] = elements(tree, (element) => element.tagName === 'h1');
    const lines = elements(tree, (element) => hasClass(element, 'line') && !hasClass(element, 'output')).map((line) =>
      toString(line),
    );
    return { id: page.path.split('/')[1] ?? '', title: toString(h1 ?? tree).trim(), lines };
  });
const parts = pages
  .filter((page) => /^print\/parts\/[^/]+\/$/u.test(page.path))
  .map((page) => page.path.split('/')[2] ?? '');

const ENV = { ...cleanEnv(), SOURCE_DATE_EPOCH: '1767225600' };
const oneSpace = (line: string): string => line.trim().replace(/\s+/gu, ' ');
const flat = (value: string): string => value.replace(/\\\s*\n/gu, ' ').replace(/\s+/gu, '');

let course: PdfFacts;
let work = '';

/** Runs `npm run handouts` over the built site with `args`; returns its output. */
async function handouts(args: string[], env: Record<string, string> = {}): Promise<string> {
  const { stdout } = await run(NODE, ['scripts/handouts.ts', '--site', DIST, ...args], { env: { ...ENV, ...env } });
  return stdout;
}

beforeAll(async () => {
  if (!existsSync(path.join(HANDOUTS, 'course.pdf')))
    throw new Error(
      `${HANDOUTS}/course.pdf not found: build with \`npm run build\` (not HANDOUTS=off) before the tests.`,
    );
  course = await readPdf(path.join(HANDOUTS, 'course.pdf'));
  work = await mkdtemp(path.join(tmpdir(), 'handouts-'));
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the PDFs npm run build writes', () => {
  test('are the course, each part, each lesson and the cheat sheet', () => {
    const expected = [
      'course.pdf',
      'cheatsheet.pdf',
      ...parts.map((id) => `parts/${id}.pdf`),
      ...lessons.map(({ id }) => `lessons/${id}.pdf`),
    ];
    expect(lessons.length).toBeGreaterThan(0);
    expect(expected.filter((file) => !existsSync(path.join(HANDOUTS, file)))).toEqual([]);
  });

  test('embed every font as TrueType, none as Type 3, and print with the project fonts', () => {
    expect(course.fonts.length).toBeGreaterThan(0);
    expect(course.fonts.filter((font) => font.type !== 'CIDFontType2')).toEqual([]);
    const names = course.fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/u, ''));
    expect(names.some((name) => name.startsWith('NotoSansKR'))).toBe(true);
    expect(names.some((name) => name.startsWith('NanumGothicCoding'))).toBe(true);
  });

  test("print nothing in the machine's fonts but the emoji marks lessons carry, which no project font has", () => {
    const foreign = course.fonts
      .filter((font) => !/^(?:[A-Z]{6}\+)?(?:NotoSansKR|NanumGothicCoding)/u.test(font.name))
      .flatMap((font) => [...font.chars]);
    // Notes' bullets in lesson text (content/lessons/*): print from whatever emoji font the machine has
    // (the variation selector after ✔ extracts as U+0000 from a font that has no name for its glyph).
    const LESSON_EMOJI = new Set(['✔', '✅', '\u{FE0F}', '\u{0}']);
    expect([...new Set(foreign)].filter((char) => !LESSON_EMOJI.has(char))).toEqual([]);
  });

  test('give Korean text with every lesson title', () => {
    const text = oneSpace(course.lines.join(' '));
    expect(text).toMatch(/[가-힣]{2}/u);
    expect(lessons.map(({ title }) => title).filter((title) => !text.includes(oneSpace(title)))).toEqual([]);
  });

  test('print every command line whole, Korean in place, and lines that fit on one printed line unbroken', () => {
    const printed = new Set(course.lines.map(oneSpace));
    const all = flat(course.lines.join('\n'));
    const commands = lessons
      .flatMap(({ lines }) => lines)
      .map(oneSpace)
      .filter((line) => line !== '');
    expect(commands.filter((line) => !all.includes(flat(line)))).toEqual([]);
    const short = commands.filter((line) => line.length <= CODE_COLUMNS && !line.endsWith('\\'));
    expect(short.filter((line) => !printed.has(line))).toEqual([]);
    expect(short.some((line) => line.length > 80)).toBe(true);
    expect(short.some((line) => /\p{Script=Hangul}/u.test(line) && /[A-Za-z]/u.test(line))).toBe(true);
  });

  test("set each PDF's title, language and tags", async () => {
    const lesson = lessons[0];
    const facts = await readPdf(path.join(HANDOUTS, `lessons/${lesson?.id ?? ''}.pdf`));
    expect(facts.info['Title']).toContain(lesson?.title);
    expect(facts.info['Language']).toBe('ko');
    expect(facts.tagged).toBe(true);
  });

  test('carry a running header with the course and document titles, and page numbers', () => {
    expect(course.lines[0]).toBe(`${t('site.title')} ${t('print.course.title')}`);
    expect(course.lines).toContain(`1 / ${course.pages}`);
  });

  test('fit the cheat sheet on at most two A4 pages', async () => {
    const sheet = await readPdf(path.join(HANDOUTS, 'cheatsheet.pdf'));
    expect(sheet.pages).toBeLessThanOrEqual(2);
    for (const size of sheet.sizes) expect(size.map(Math.round)).toEqual(A4);
  });
});

describe('npm run handouts', () => {
  test("prints each lesson's online address and links to the public site when the site URL is set", async () => {
    const lesson = lessons.at(-1)?.id ?? '';
    const out = path.join(work, 'online');
    await handouts(['--out', out, '--only', `lessons/${lesson}.pdf`, '--no-cache'], { SITE_URL });
    const file = path.join(out, 'lessons', `${lesson}.pdf`);
    const { lines } = await readPdf(file);
    expect(lines.join('\n')).toContain(`${SITE_URL}/lessons/${lesson}/`);
    const bytes = readFileSync(file).toString('latin1');
    expect(bytes).not.toContain('127.0.0.1');
    expect(bytes).toContain(`/URI (${SITE_URL}/`);
  });

  test('writes the same bytes when it prints again, and the cache gives back those bytes', async () => {
    const [first, second, cached] = ['first', 'second', 'cached'].map((name) => path.join(work, name));
    await handouts(['--out', first ?? '', '--only', 'cheatsheet', '--no-cache']);
    await handouts(['--out', second ?? '', '--only', 'cheatsheet', '--no-cache']);
    await handouts(['--out', cached ?? '', '--only', 'cheatsheet']);
    const bytes = [first, second, cached].map((dir) => readFileSync(path.join(dir ?? '', 'cheatsheet.pdf')));
    expect(bytes[0]?.equals(bytes[1] ?? Buffer.alloc(0))).toBe(true);
    expect(bytes[0]?.equals(bytes[2] ?? Buffer.alloc(0))).toBe(true);
  });
});

describe('without a browser', () => {
  const NONE = { CHROMIUM_PATH: path.join(tmpdir(), 'no-such-chromium') };

  test('npm run handouts exits 1 naming the three ways to get one', async () => {
    const failed = await handouts(['--out', path.join(work, 'none')], NONE).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed.code).toBe(1);
    const { stderr } = failed;
    expect(stderr).toContain(`CHROMIUM_PATH is ${NONE.CHROMIUM_PATH}, but there is no file there`);
    expect(stderr).toContain('npm install');
    expect(stderr).toContain('apt-get install chromium');
  });

  test('npm run build fails at once, saying how to build without PDFs', async () => {
    const outDir = path.join(work, 'no-browser-dist');
    const failed = await run(NODE, ['scripts/build.ts'], { env: { ...ENV, ...NONE, OUT_DIR: outDir } }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed.code).toBe(1);
    const { stderr } = failed;
    expect(stderr).toContain('find Chromium: CHROMIUM_PATH is');
    expect(stderr).toContain('HANDOUTS=off npm run build');
    expect(existsSync(outDir)).toBe(false);
  });
});
