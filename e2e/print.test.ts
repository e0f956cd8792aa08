/**
 * Print layout in Chromium with print media emulated at the width of an A4 page's text (180 mm), in
 * the fonts the handouts print with (from npm, not the machine's): nothing wider than its box, no
 * site navigation, light colours in the dark theme, and a whole-course page whose ids and anchors
 * still work.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { t } from '../src/i18n/ko.ts';
import { safeDecode } from '../src/lib/paths.ts';
import { applyPrintFonts, servePrintFonts } from '../scripts/handouts/fonts/print-fonts.ts';
import { offlineContext } from './support/browser.ts';
import { useSite } from './support/fixture.ts';
import { builtPages } from './support/pages.ts';

/** 180 mm (A4 minus print.css's page margins) in CSS pixels. */
const A4_TEXT_WIDTH = 680;

const site = useSite();
const pages = builtPages().map((page) => page.path);

/** A tab that prints at the A4 text width in the print fonts, in the reader's chosen `theme`. */
async function printTab(theme: 'light' | 'dark' = 'light'): Promise<{ page: Page; close: () => Promise<void> }> {
  const { context } = await offlineContext(site.browser, { viewport: { width: A4_TEXT_WIDTH, height: 1000 } });
  await context.addInitScript((stored) => localStorage.setItem('theme', stored), theme);
  const page = await context.newPage();
  await servePrintFonts(page);
  await page.emulateMedia({ media: 'print' });
  return { page, close: () => context.close() };
}

/** Loads `path` in `page` (a `printTab`) and waits for its print fonts. */
async function load(page: Page, path: string): Promise<void> {
  await page.goto(new URL(path, site.server.url).href);
  await applyPrintFonts(page);
}

async function printPage(
  path: string,
  theme: 'light' | 'dark' = 'light',
): Promise<{ page: Page; close: () => Promise<void> }> {
  const tab = await printTab(theme);
  await load(tab.page, path);
  return tab;
}

/** Blocks, tables, figures and images whose content or box is wider than the box that holds them. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const describe = (element: Element): string =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].join('.')} "${(element.textContent ?? '').trim().slice(0, 60)}"`;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth + 1)
      found.push(`the page scrolls sideways (${document.documentElement.scrollWidth}px)`);
    for (const element of document.querySelectorAll('pre, figure, table, img, svg, .comparison, .callout')) {
      const rect = element.getBoundingClientRect();
      if (rect.width === 0) continue;
      const parent = element.parentElement?.getBoundingClientRect();
      const scrolls = element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0;
      const spills = parent !== undefined && (rect.left < parent.left - 1 || rect.right > parent.right + 1);
      if (scrolls || spills) found.push(describe(element));
    }
    return found;
  });
}

// Each page is loaded once for both of its checks: both only read it, and loading a page with the
// print fonts is most of what these tests cost. The pages take turns in one tab (a new context and
// tab for each cost as much again); nothing is stored on load, so each prints as on a first visit.
let shared: { page: Page; close: () => Promise<void> } | undefined;

beforeAll(async () => {
  shared = await printTab();
});

afterAll(() => shared?.close());

describe.each(pages)('print layout of page /%s', (path) => {
  let tab: Page | undefined;
  const loaded = (): Page => {
    if (!tab) throw new Error(`page /${path} was not loaded`);
    return tab;
  };

  beforeAll(async () => {
    if (!shared) throw new Error('the print tab was not opened');
    await load(shared.page, path);
    tab = shared.page;
  });

  test('has no code block, table, figure or image wider than its box', async () => {
    expect(await overflowing(loaded())).toEqual([]);
  });

  test('shows no navigation, buttons or search', async () => {
    const page = loaded();
    const toc = t('print.toc');
    const chrome = [
      page.getByRole('banner'),
      page.getByRole('navigation').filter({ hasNot: page.getByRole('heading', { name: toc, exact: true }) }),
      page.getByRole('button'),
      page.getByRole('search'),
      page.getByRole('link', { name: t('skipLink.label') }),
      page.getByRole('link', { name: t('print.lessonPdf') }),
    ];
    const visible: string[] = [];
    for (const locator of chrome) {
      for (const element of await locator.all()) {
        if (await element.isVisible()) visible.push(await element.evaluate((node) => node.outerHTML.slice(0, 120)));
      }
    }
    expect(visible).toEqual([]);
  });
});

describe('print layout', () => {
  test('prints light colours when the reader chose the dark theme', async () => {
    const lesson = pages.find((path) => path.startsWith('lessons/')) ?? '';
    const { page, close } = await printPage(lesson, 'dark');
    const colours = await page.evaluate(() => {
      const luminance = (colour: string): number => {
        const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/gu) ?? []).map(Number);
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      };
      const text = getComputedStyle(document.body).color;
      const code = document.querySelector('.code');
      return {
        theme: document.documentElement.dataset['theme'],
        text: luminance(text),
        code: code ? luminance(getComputedStyle(code).backgroundColor) : 1,
      };
    });
    await close();
    expect(colours.theme).toBe('dark');
    expect(colours.text).toBeLessThan(0.3);
    expect(colours.code).toBeGreaterThan(0.8);
  });

  test('prints the URL after the text of an external link', async () => {
    const path = builtPages().find(
      (page) =>
        page.path.startsWith('lessons/') && /<a [^>]*href="https?:/u.test(page.html.split('class="prose"')[1] ?? ''),
    )?.path;
    if (path === undefined) return;
    const { page, close } = await printPage(path);
    const link = page.locator('.prose a[href^="http"]').first();
    const [href, after] = await link.evaluate((node) => [
      node.getAttribute('href'),
      getComputedStyle(node, '::after').content,
    ]);
    await close();
    expect(after).toContain(href);
  });

  test('wraps code instead of scrolling it', async () => {
    const path =
      builtPages().find((page) => page.path.startsWith('lessons/') && page.html.includes('class="code"'))?.path ?? '';
    const { page, close } = await printPage(path);
    const style = await page
      .locator('.code pre')
      .first()
      .evaluate((node) => getComputedStyle(node).whiteSpace);
    await close();
    expect(style).toBe('pre-wrap');
  });
});

describe('whole-course print page', () => {
  const course = builtPages().find((page) => page.path === 'print/');
  const lessons = builtPages().filter((page) => /^lessons\/[^/]+\/$/u.test(page.path));

  test('returns every lesson once, in the order of the table of contents', async () => {
    const { page, close } = await printPage('print/');
    const sections = await page
      .locator('article[data-lesson]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-lesson')));
    const toc = await page
      .getByRole('navigation', { name: t('print.toc') })
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    await close();
    expect(new Set(sections).size).toBe(lessons.length);
    expect(toc.filter((href) => !href?.startsWith('#part-'))).toEqual(sections.map((id) => `#${id}`));
  });

  test('has unique ids and an element for every in-page anchor', () => {
    const html = course?.html ?? '';
    const ids = [...html.matchAll(/\sid="([^"]+)"/gu)].map((match) => match[1]);
    // Browsers match a fragment after percent-decoding it, as Markdown writes non-ASCII ones (#%EB%8F%84…).
    const anchors = [...html.matchAll(/\shref="#([^"]+)"/gu)].map((match) => safeDecode(match[1] ?? ''));
    const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(duplicates).toEqual([]);
    expect(anchors.filter((anchor) => !ids.includes(anchor))).toEqual([]);
    expect(anchors.length).toBeGreaterThan(lessons.length);
  });
});
