/**
 * Every fixture note, imported through the CLI into a fresh course (content/parts.yaml and
 * glossary.yaml, no other lessons), must build with `astro build`, and the hostile note's
 * script, handlers and braces must reach the page as text.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { decodeHTML } from 'entities';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from './support/build.ts';
import { CASES, inputOf } from '../scripts/import/fixtures.ts';
import { scanHtml } from '../src/lib/links/scan-html.ts';
import { unsafeScheme } from '../src/lib/links/unsafe-scheme.ts';

const run = promisify(execFile);
let dist = '';
let course = '';

/** The text a reader sees: tags removed, character references decoded. */
function visibleText(html: string): string {
  const tagsRemoved = html
    .replace(/<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>/giu, ' ')
    .replace(/<[^>]+>/gu, ' ');
  return decodeHTML(tagsRemoved).replace(/\s+/gu, ' ');
}

beforeAll(async () => {
  course = await mkdtemp(path.join(tmpdir(), 'import-build-'));
  await mkdir(path.join(course, 'lessons'));
  await copyFile('content/parts.yaml', path.join(course, 'parts.yaml'));
  await copyFile('content/glossary.yaml', path.join(course, 'glossary.yaml'));
  for (const name of CASES) {
    await run(path.resolve('node_modules/.bin/node'), [
      'scripts/import.ts',
      inputOf(name),
      '--content',
      course,
      '--slug',
      name,
    ]);
  }
  dist = await buildSite({ content: course });
}, 300_000);

afterAll(async () => {
  await Promise.all(
    [course, dist && path.dirname(dist)]
      .filter((dir) => dir !== '')
      .map((dir) => rm(dir, { recursive: true, force: true })),
  );
});

describe('imported fixtures', () => {
  test.each(CASES)('builds a page for fixtures/%s', (name) => {
    expect(existsSync(path.join(dist, 'lessons', name, 'index.html'))).toBe(true);
  });

  test('shows the hostile note as text and runs none of it', async () => {
    const html = await readFile(path.join(dist, 'lessons', 'hostile', 'index.html'), 'utf8');
    const text = visibleText(html);
    for (const literal of [
      '<script>alert(document.cookie)</script>',
      `<img src=x onerror="alert('img')">`,
      `<span onclick="alert('span')">클릭</span>`,
      `[위험한 링크](javascript:alert('md'))`,
      'import fs from',
      '{process.exit(1)}',
      '{/* 주석 */}',
      '<Callout type="warning">가짜 콜아웃</Callout>',
      "[눌러 보기]( javascript:alert('space'))",
      '[다른 호스트](//evil.example/x)',
      '<style>body { display: none }</style>',
    ]) {
      expect(text).toContain(literal);
    }
    // Astro double-quotes every attribute, and text never holds a raw `="`: emptying the values
    // leaves the elements and attribute names the browser would build.
    const markup = html.replace(/="[^"]*"/gu, '=""');
    expect(markup).not.toMatch(/<script\b[^>]*>[^<]*alert\(/u);
    expect(markup).not.toMatch(/<(?:iframe|style>body|img src=x)\b/u);
    expect(markup).not.toMatch(/<[a-z][^>]*\son(?:error|click|mouseover)=/iu);
    expect(html).not.toMatch(/href="javascript:/iu);
    // The note's HTML comment stays a comment: in the lesson source, not on the page.
    expect(text).not.toContain('숨은 주석');
  });

  test('leaves no script or local-file URL in any page of the site, print pages included', async () => {
    const pages = (await readdir(dist, { recursive: true })).filter((file) => file.endsWith('.html'));
    const unsafe: string[] = [];
    for (const page of pages) {
      const html = await readFile(path.join(dist, page), 'utf8');
      for (const ref of scanHtml(html).refs)
        if (unsafeScheme(ref.value) !== undefined) unsafe.push(`${page}:${ref.line} ${ref.value}`);
      // `[x](//evil.example/x)` would be a link to another host that skips the external-link rules.
      for (const ref of scanHtml(html).refs)
        if (/^\s*[/\\]{2}/u.test(ref.value)) unsafe.push(`${page}:${ref.line} ${ref.value}`);
    }
    expect(pages.length).toBeGreaterThan(CASES.length);
    expect(unsafe).toEqual([]);
  });
});
