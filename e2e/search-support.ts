/**
 * Shared steps of the search browser tests: the query table, opening the dialog by keyboard,
 * and reading which lesson a query puts first.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';

export interface QueryRow {
  query: string;
  /** The lesson id (content/lessons/<id>/) the query must find first. */
  lesson: string;
  /** What the row exercises: particles, filler, spacing, alias, english, command, … */
  kind: string;
}

/** The committed query table, checked for shape so a typo fails with the row it is in. */
export function queryTable(file = 'e2e/search-queries.yaml'): QueryRow[] {
  const rows: unknown = parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(rows)) throw new Error(`${file}: expected a list of { query, lesson, kind } rows`);
  return rows.map((row: Partial<QueryRow>, index) => {
    if (typeof row.query !== 'string' || typeof row.lesson !== 'string' || typeof row.kind !== 'string') {
      throw new Error(`${file}: row ${index + 1} needs query, lesson and kind strings; found ${JSON.stringify(row)}`);
    }
    return { query: row.query, lesson: row.lesson, kind: row.kind };
  });
}

/** Opens the search dialog with `/` and returns its search box. */
export async function openByKeyboard(page: Page, key = '/') {
  await page.locator('.search-button:not([hidden])').waitFor();
  await page.keyboard.press(key);
  const box = page.getByRole('dialog').getByRole('searchbox');
  await box.waitFor();
  return box;
}

/** The lesson id in a result link (`/lessons/x/`, `../../lessons/x/index.html#y`). */
export function lessonOf(href: string | null): string | undefined {
  return /(?:^|\/)lessons\/([^/]+)\//u.exec(href ?? '')?.[1];
}

/** Types `query` into the open dialog's search box by keyboard and returns the first result's lesson. */
export async function firstLesson(page: Page, query: string): Promise<string | undefined> {
  const box = page.getByRole('dialog').getByRole('searchbox');
  await box.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.insertText(query);
  // Pagefind's Korean summary: "<query>에 대한 결과 N건" or "<query>에 대한 결과 없음" (not "… 검색 중").
  const done = page.locator('pagefind-summary').filter({ hasText: `${query}에 대한 결과` });
  await done.waitFor();
  if (/결과 없음/u.test((await done.textContent()) ?? '')) return undefined;
  const first = page.locator('pagefind-results .pf-result-link').first();
  await first.waitFor();
  return lessonOf(await first.getAttribute('href'));
}
