/**
 * A browser context that stays on this machine: every request that leaves 127.0.0.1 is blocked and
 * recorded, so a test or a benchmark can assert that a page never reaches another origin.
 */
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';

export interface OfflineContext {
  context: BrowserContext;
  /** URLs the pages tried to load from anywhere but 127.0.0.1. */
  blocked: string[];
}

/** A browser context that only reaches 127.0.0.1 (and file:// and data: URLs). */
export async function offlineContext(browser: Browser, options: BrowserContextOptions = {}): Promise<OfflineContext> {
  const context = await browser.newContext(options);
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const local = url.protocol === 'file:' || url.protocol === 'data:' || url.hostname === '127.0.0.1';
    if (local) return route.continue();
    blocked.push(url.href);
    return route.abort('blockedbyclient');
  });
  return { context, blocked };
}
