/**
 * `npm run handouts` over the built site, into a temporary directory: the expected PDFs exist,
 * fonts are embedded, the text is extractable Korean with every lesson title and whole command
 * lines, and the cheat sheet fits on two pages. Needs poppler-utils (pdftotext, pdffonts, pdfinfo).
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
import { cleanEnv } from './support/build.ts';
import { builtPages } from './support/pages.ts';
import { DIST } from './support/site.ts';

const run = promisify(execFile);
const NODE = path.resolve('node_modules/.bin/node');
const SITE_URL = 'https://print.example.org';
/** Characters a printed code line holds at print.css's A4 width; shorter command lines must never wrap. */
const CODE_COLUMNS = 92;

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

const ENV = { ...cleanEnv(), SITE_URL, BASE_PATH: '/', SOURCE_DATE_EPOCH: '1767225600' };

let out = '';
let seconds = 0;

/** The PDF's text; `layout` keeps each printed line together even where fonts change within it. */
async function text(file: string, layout = false): Promise<string> {
  const args = [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', path.join(out, file), '-'];
  return (await run('pdftotext', args, { maxBuffer: 64 * 1024 * 1024 })).stdout;
}

async function info(file: string): Promise<Record<string, string>> {
  const { stdout } = await run('pdfinfo', [path.join(out, file)]);
  return Object.fromEntries(
    stdout.split('\n').map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]),
  );
}

const flat = (value: string): string => value.replace(/\\\s*\n/gu, ' ').replace(/\s+/gu, '');

beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'handouts-'));
  const started = performance.now();
  await run(NODE, ['scripts/handouts.ts', '--site', DIST, '--out', out], {
    env: { ...cleanEnv(), SITE_URL, BASE_PATH: '/', SOURCE_DATE_EPOCH: '1767225600' },
  });
  seconds = (performance.now() - started) / 1000;
}, 180_000);

afterAll(async () => {
  if (out) await rm(out, { recursive: true, force: true });
});

describe('npm run handouts', () => {
  test('writes the course, each part, each lesson and the cheat sheet, in well under a minute', () => {
    const expected = [
      'course.pdf',
      'cheatsheet.pdf',
      ...parts.map((id) => `parts/${id}.pdf`),
      ...lessons.map(({ id }) => `lessons/${id}.pdf`),
    ];
    expect(lessons.length).toBeGreaterThan(0);
    expect(expected.filter((file) => !existsSync(path.join(out, file)))).toEqual([]);
    expect(seconds).toBeLessThan(60);
  });

  test('embeds every font of the course PDF', async () => {
    const { stdout } = await run('pdffonts', [path.join(out, 'course.pdf')]);
    const rows = stdout.trim().split('\n').slice(2);
    // Columns from the end: emb sub uni object ID (the name and type may hold spaces).
    const notEmbedded = rows.filter((row) => row.trim().split(/\s+/u).at(-5) !== 'yes');
    expect(rows.length).toBeGreaterThan(0);
    expect(notEmbedded).toEqual([]);
  });

  test('gives Korean text with every lesson title', async () => {
    const course = (await text('course.pdf')).replace(/\s+/gu, ' ');
    expect(course).toMatch(/[가-힣]{2}/u);
    expect(lessons.map(({ title }) => title).filter((title) => !course.includes(title.replace(/\s+/gu, ' ')))).toEqual(
      [],
    );
  });

  test('prints every command line whole, and lines that fit on one printed line unbroken', async () => {
    const course = await text('course.pdf', true);
    const oneSpace = (line: string): string => line.trim().replace(/\s+/gu, ' ');
    // Chromium embeds the system's Korean font (OpenType CFF) as Type 3 fonts, whose glyphs
    // pdftotext may place off their line when glued to Latin text: Korean is checked as words elsewhere.
    const latin = (value: string): string => flat(value).replace(/\p{Script=Hangul}+/gu, '');
    const printedLines = new Set(course.split('\n').map(oneSpace));
    const commands = lessons
      .flatMap(({ lines }) => lines)
      .map(oneSpace)
      .filter((line) => line !== '');
    expect(commands.filter((line) => !latin(course).includes(latin(line)))).toEqual([]);
    const short = commands.filter(
      (line) => line.length <= CODE_COLUMNS && !line.endsWith('\\') && !/\p{Script=Hangul}/u.test(line),
    );
    expect(short.filter((line) => !printedLines.has(line))).toEqual([]);
    expect(short.some((line) => line.length > 80)).toBe(true);
  });

  test("sets each PDF's title, language and creation date", async () => {
    const lesson = lessons[0];
    const details = await info(`lessons/${lesson?.id ?? ''}.pdf`);
    expect(details['Title']).toContain(lesson?.title);
    expect(details['Tagged']).toBe('yes');
    expect(details['CreationDate']).toMatch(/2026/u);
    expect(readFileSync(path.join(out, 'course.pdf')).toString('latin1')).toContain('/Lang (ko)');
  });

  test("prints each lesson's online address when the site URL is set", async () => {
    const lesson = lessons.at(-1);
    expect(await text(`lessons/${lesson?.id ?? ''}.pdf`)).toContain(`${SITE_URL}/lessons/${lesson?.id ?? ''}/`);
  });

  test('links to the public site, never to the local server it printed from', () => {
    const course = readFileSync(path.join(out, 'course.pdf')).toString('latin1');
    expect(course).not.toContain('127.0.0.1');
    expect(course).toContain(`/URI (${SITE_URL}/`);
  });

  test('writes the same bytes when run again', async () => {
    const again = await mkdtemp(path.join(tmpdir(), 'handouts-again-'));
    await run(NODE, ['scripts/handouts.ts', '--site', DIST, '--out', again, '--only', 'cheatsheet'], { env: ENV });
    const same = readFileSync(path.join(again, 'cheatsheet.pdf')).equals(
      readFileSync(path.join(out, 'cheatsheet.pdf')),
    );
    await rm(again, { recursive: true, force: true });
    expect(same).toBe(true);
  });

  test('fits the cheat sheet on at most two A4 pages', async () => {
    const details = await info('cheatsheet.pdf');
    expect(Number(details['Pages'])).toBeLessThanOrEqual(2);
    expect(details['Page size']).toContain('(A4)');
  });
});

describe('npm run handouts without Chromium', () => {
  test('exits non-zero saying how to install it', async () => {
    const failed = await run(
      NODE,
      ['scripts/handouts.ts', '--site', DIST, '--out', path.join(tmpdir(), 'handouts-none')],
      {
        env: { ...cleanEnv(), CHROMIUM_PATH: '/nonexistent/chromium' },
      },
    ).catch((error: { code: number; stderr: string }) => error);
    expect('code' in failed ? failed.code : 0).toBe(1);
    expect('stderr' in failed ? failed.stderr : '').toContain('apt-get install chromium');
  });
});
