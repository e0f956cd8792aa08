/**
 * The browser tests' Chromium, found and started by the project's one launcher
 * (scripts/lib/chromium.ts), and contexts that never leave 127.0.0.1 (scripts/lib/offline-context.ts).
 */
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';

export { offlineContext, type OfflineContext } from '../../scripts/lib/offline-context.ts';

/** Launches headless Chromium, or fails naming the three ways to get one. */
export function launch(): Promise<Browser> {
  return launchChromium();
}
