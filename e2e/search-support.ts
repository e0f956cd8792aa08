/**
 * Shared steps of the search browser tests: the query tables, opening the dialog by keyboard,
 * and reading which pages a query puts first.
 */
import type { Page } from 'playwright-core';
import { targetOf } from '../scripts/bench-search/query-table.ts';
import { noResultSummary, settledSummary } from '../scripts/bench-search/summary.ts';

export {
  accepted,
  lessonOf,
  QUERY_TABLES,
  queryTable,
  targetOf,
  type QueryRow,
} from '../scripts/bench-search/query-table.ts';

/** Opens the search dialog with `/` and returns its search box. */
export async function openByKeyboard(page: Page, key = '/') {
  await page.locator('.search-button:not([hidden])').waitFor();
  await page.keyboard.press(key);
  const box = page.getByRole('dialog').getByRole('searchbox');
  await box.waitFor();
  return box;
}

/** Types `query` into the open dialog's search box by keyboard; returns the first `count` results' targets. */
export async function topResults(page: Page, query: string, count = 3): Promise<string[]> {
  const box = page.getByRole('dialog').getByRole('searchbox');
  await box.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.insertText(query);
  const done = page.locator('pagefind-summary').filter({ hasText: settledSummary(query) });
  await done.waitFor();
  if ((await done.textContent())?.includes(noResultSummary(query))) return [];
  const items = page.locator('pagefind-results .pf-results > li');
  const wanted = Math.min(count, await items.count());
  const links = page.locator('pagefind-results .pf-result-link');
  await links.nth(wanted - 1).waitFor();
  const hrefs = await links.evaluateAll((anchors, n) => anchors.slice(0, n).map((a) => a.getAttribute('href')), wanted);
  return hrefs.map((href) => targetOf(href) ?? `? ${href ?? ''}`);
}

/** Types `query` into the open dialog's search box by keyboard and returns the first result's lesson. */
export async function firstLesson(page: Page, query: string): Promise<string | undefined> {
  return (await topResults(page, query, 1))[0];
}
