/**
 * The fixture loop: each folder in fixtures/scope-html/ holds a lesson's content as Astro renders
 * it (`input.html`, cut from the built lesson page) and that content scoped as the course print
 * page scopes it (`output.html`, first written by the parse5 and hast-util-to-html version of
 * scopeHtml). Both are compared as parsed trees: what counts is the HTML's meaning, not how an
 * attribute is quoted or a character escaped.
 * `UPDATE=1 npx vitest run src/lib/print/scope-html.fixtures.test.ts` rewrites the expected files.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { lessonLinkRewriter } from './lesson-links.ts';
import { scopeHtml } from './scope-html.ts';

const FIXTURES = path.join(import.meta.dirname, 'fixtures', 'scope-html');
const CASES = readdirSync(FIXTURES).sort();
const UPDATE = process.env['UPDATE'] === '1';

/** The tree `html` parses to, without source positions. */
function tree(html: string): unknown {
  return JSON.parse(
    JSON.stringify(fromHtml(html, { fragment: true }), (key, value: unknown) =>
      key === 'position' ? undefined : value,
    ),
  );
}

describe('scopeHtml', () => {
  // Links to the fixture lessons become jumps within the page, as on the course print page.
  const rewriteHref = lessonLinkRewriter('/', CASES);

  test.each(CASES)('scopes fixtures/%s/input.html as output.html', (id) => {
    const input = readFileSync(path.join(FIXTURES, id, 'input.html'), 'utf8');
    const actual = scopeHtml(input, { prefix: `${id}--`, shift: 2, rewriteHref: (href) => rewriteHref(href, id) });
    const file = path.join(FIXTURES, id, 'output.html');
    if (UPDATE) writeFileSync(file, actual);
    if (!existsSync(file))
      throw new Error(`${file} is missing; run UPDATE=1 npx vitest run src/lib/print/scope-html.fixtures.test.ts`);
    expect(tree(actual)).toEqual(tree(readFileSync(file, 'utf8')));
  });
});
