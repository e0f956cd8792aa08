/**
 * The site under the Content-Security-Policy documented for hosts (src/lib/csp.ts): theme, menu,
 * copy and search all work, and the browser reports no violation.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { CONTENT_SECURITY_POLICY } from '../src/lib/csp.ts';
import { serveStatic, type StaticServer } from '../scripts/lib/static-server.ts';
import { launch, offlineContext } from './support/browser.ts';
import { DIST } from './support/site.ts';
import { lessonWith } from './support/pages.ts';
import { firstLesson, openByKeyboard } from './search-support.ts';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(DIST, '/', { headers: { 'content-security-policy': CONTENT_SECURITY_POLICY } });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('under the documented Content-Security-Policy', () => {
  test('theme, menu, copy and search work with no violation', async () => {
    const { context } = await offlineContext(browser, { viewport: { width: 360, height: 800 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
    const page = await context.newPage();
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { reportViolation: (t: string) => void }).reportViolation;
        report(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
      });
    });
    const lesson = lessonWith(/data-lang="console"/u);
    const response = await page.goto(new URL(lesson, server.url).href);
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);

    const toggle = page.getByRole('button', { name: '다크 모드' });
    const before = await toggle.getAttribute('aria-pressed');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).not.toBe(before);

    await page.getByRole('button', { name: '목차 열기' }).click();
    await expect.poll(() => page.getByRole('navigation', { name: '코스 목차' }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');

    await page
      .locator('figure.code[data-lang="console"]')
      .first()
      .getByRole('button', { name: /명령 복사$/u })
      .click();
    expect((await page.evaluate(() => navigator.clipboard.readText())).length).toBeGreaterThan(0);

    await openByKeyboard(page);
    expect(await firstLesson(page, '컨테이너')).toBeDefined();
    expect(violations).toEqual([]);
    await context.close();
  });
});
