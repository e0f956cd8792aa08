/** One Chromium and one static server over the built site for a test file. */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './browser.ts';
import { serveStatic, type StaticServer } from './server.ts';
import { DIST } from './site.ts';

export interface SiteFixture {
  browser: Browser;
  server: StaticServer;
}

/** Registers beforeAll/afterAll hooks and returns the fixture they fill. */
export function useSite(): SiteFixture {
  const fixture = {} as SiteFixture;
  beforeAll(async () => {
    fixture.server = await serveStatic(DIST);
    fixture.browser = await launch();
  });
  afterAll(async () => {
    await fixture.browser?.close();
    await fixture.server?.close();
  });
  return fixture;
}
