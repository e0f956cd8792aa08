/**
 * WCAG 2.1 AA and axe's best practices with axe-core on every built page, in both themes and at
 * phone and desktop widths.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { offlineContext } from './support/browser.ts';
import { useSite } from './support/fixture.ts';
import { builtPages } from './support/pages.ts';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

const site = useSite();
const pages = builtPages().map((page) => page.path);

// One context and one tab per theme and width, navigated from page to page: opening a new context
// and tab for each page cost as much as axe's own run. Nothing the site does on load persists
// anything (the theme, progress and offline copy are stored only when the reader acts), so each
// page is checked as a first visit would show it.
describe.each([
  ['light', 1280],
  ['dark', 360],
] as const)('in the %s theme at %i px', (theme, width) => {
  let context: BrowserContext | undefined;
  let tab: Page | undefined;

  beforeAll(async () => {
    ({ context } = await offlineContext(site.browser, { colorScheme: theme, viewport: { width, height: 900 } }));
    tab = await context.newPage();
  });

  afterAll(() => context?.close());

  test.each(pages)('page /%s has no WCAG 2.1 AA or best-practice violations', async (path) => {
    if (!tab) throw new Error(`no tab was opened for the ${theme} theme at ${width} px`);
    const page = tab;
    await page.goto(new URL(path, site.server.url).href);
    // Evaluated, not added as a <script>: the server's CSP refuses inline scripts, as it should.
    await page.evaluate(AXE);
    const violations = await page.evaluate<Violation[], string[]>(async (tags) => {
      const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: Violation[] }> } }).axe;
      const result = await axe.run({ runOnly: { type: 'tag', values: tags } });
      return result.violations;
    }, TAGS);
    const summary = violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary, summary.join('\n')).toEqual([]);
  });
});
