/**
 * The browser tests' Chromium, found and started by the project's one launcher
 * (scripts/lib/chromium.ts). Every request that leaves 127.0.0.1 is blocked and recorded, so a test
 * can assert that a page never reaches another origin.
 */
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';

/** Launches headless Chromium, or fails naming the three ways to get one. */
export function launch(): Promise<Browser> {
  return launchChromium();
}

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
