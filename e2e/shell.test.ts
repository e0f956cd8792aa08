/** The site shell in a real browser: navigation, theme, menu and copy buttons. */
import { describe, expect, test } from 'vitest';
import { offlineContext } from './support/browser.ts';
import { useSite } from './support/fixture.ts';
import { lessonWith } from './support/pages.ts';

const site = useSite();

async function firstLessonUrl(): Promise<string> {
  const { context } = await offlineContext(site.browser);
  const page = await context.newPage();
  await page.goto(site.server.url);
  const href = await page.getByRole('link', { name: '첫 강의부터 시작하기' }).getAttribute('href');
  await context.close();
  return new URL(href ?? '', site.server.url).href;
}

describe('navigation', () => {
  test('walks the whole course with the next links, the sidebar marking each lesson as current', async () => {
    const { context, blocked } = await offlineContext(site.browser);
    const page = await context.newPage();
    await page.goto(site.server.url);
    expect(await page.locator('html').getAttribute('lang')).toBe('ko');
    const listed = await page.locator('.parts .lessons a').allInnerTexts();
    expect(listed.length).toBeGreaterThan(1);

    await page.getByRole('link', { name: '첫 강의부터 시작하기' }).click();
    const visited: string[] = [];
    for (;;) {
      const title = await page.getByRole('heading', { level: 1 }).innerText();
      visited.push(title);
      const current = page.getByRole('navigation', { name: '코스 목차' }).locator('[aria-current="page"]');
      await expect.poll(() => current.innerText()).toBe(title);
      expect(await page.title()).toBe(`${title} | 도커 입문 코스`);
      const next = page.getByRole('navigation', { name: '강의 이동' }).locator('a[rel="next"]');
      if ((await next.count()) === 0) break;
      await next.click();
    }
    expect(visited).toEqual(listed);
    expect(blocked).toEqual([]);
    await context.close();
  });

  test('lists the h2 and h3 headings in the table of contents and jumps to them', async () => {
    const { context } = await offlineContext(site.browser, { viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(await firstLessonUrl());
    const toc = page.getByRole('navigation', { name: '이 페이지의 내용' });
    const entries = toc.getByRole('link');
    const headings = page.locator('.prose :is(h2, h3)');
    expect(await entries.count()).toBe(await headings.count());
    const last = entries.last();
    const target = decodeURIComponent((await last.getAttribute('href')) ?? '');
    await last.click();
    await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toBe(target);
    const heading = page.locator(`[id="${target.slice(1)}"]`);
    await expect
      .poll(() =>
        heading.evaluate((node) => {
          const { top, bottom } = node.getBoundingClientRect();
          return top >= 0 && bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
    await context.close();
  });

  test('shows a named # link to each section on hover and keeps the # out of the heading text', async () => {
    const { context } = await offlineContext(site.browser, { viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(await firstLessonUrl());
    const heading = page.locator('.prose h2').first();
    const anchor = heading.locator('.heading-anchor');
    const title = (await heading.innerText()).trim();
    expect(title).not.toContain('#');
    expect(await anchor.getAttribute('href')).toBe(`#${(await heading.getAttribute('id')) ?? ''}`);
    expect(await anchor.getAttribute('aria-label')).toBe(`이 절의 링크: ${title}`);
    await heading.hover();
    await expect.poll(() => anchor.evaluate((node) => getComputedStyle(node).opacity)).toBe('1');
    expect(await anchor.evaluate((node) => getComputedStyle(node, '::before').content)).toBe('"#"');
    // The table of contents names the section as written.
    const toc = page.getByRole('navigation', { name: '이 페이지의 내용' });
    expect(await toc.getByRole('link').first().innerText()).toBe(title);
    await context.close();
  });
});

describe('theme toggle', () => {
  test("follows the system theme, then persists the reader's choice across pages without a flash", async () => {
    const { context } = await offlineContext(site.browser, { colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(site.server.url);
    const background = (): Promise<string> => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const dark = await background();
    const toggle = page.getByRole('button', { name: '다크 모드' });
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    const light = await background();
    expect(light).not.toBe(dark);

    // The next page must be light from its first paint: read the theme before any module script runs.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') {
          (window as unknown as { firstTheme: string | undefined }).firstTheme =
            document.documentElement.dataset['theme'];
        }
      });
    });
    await page.goto(await firstLessonUrl());
    expect(await page.evaluate(() => (window as unknown as { firstTheme: string | undefined }).firstTheme)).toBe(
      'light',
    );
    expect(await background()).toBe(light);
    await context.close();
  });
});

describe('mobile menu', () => {
  test('opens the sidebar from the keyboard on a 360 px phone and closes it with Escape', async () => {
    const { context } = await offlineContext(site.browser, { viewport: { width: 360, height: 740 }, hasTouch: true });
    const page = await context.newPage();
    await page.goto(await firstLessonUrl());
    const sidebar = page.getByRole('navigation', { name: '코스 목차' });
    await expect.poll(() => sidebar.isVisible()).toBe(false);
    const menu = page.getByRole('button', { name: '목차 열기' });
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => sidebar.isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: '목차 닫기' }).getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.closest('#sidebar') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => sidebar.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('menu-button'))).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});

describe('copy button', () => {
  test('copies the commands of a terminal block without prompts and output', async () => {
    const { context } = await offlineContext(site.browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.server.url).origin });
    const page = await context.newPage();
    await page.goto(new URL(lessonWith(/data-lang="console"/u), site.server.url).href);
    const block = page.locator('figure.code[data-lang="console"]').first();
    await block.getByRole('button', { name: /명령 복사$/u }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const { commands, outputs } = await block.evaluate((figure) => ({
      commands: [...figure.querySelectorAll('.line:not(.output)')].map((line) =>
        [...line.childNodes]
          .filter((node) => !(node instanceof Element && node.classList.contains('prompt')))
          .map((node) => node.textContent)
          .join(''),
      ),
      outputs: [...figure.querySelectorAll('.line.output')].map((line) => line.textContent ?? ''),
    }));
    expect(copied).toBe(await block.getAttribute('data-copy'));
    expect(copied).not.toMatch(/^(?:\$|#) /mu);
    const visible = commands.join(' ').replace(/\\\s+/gu, ' ').replace(/\s+/gu, ' ');
    for (const line of copied.split('\n')) expect(visible).toContain(line.replace(/\s+/gu, ' '));
    for (const output of outputs.filter((o) => o.trim() !== '')) expect(copied).not.toContain(output);
    expect(await block.getByRole('button').innerText()).toBe('복사했습니다');
    // The page has other live regions (the offline control's); one of them says the copy result.
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: /^복사했습니다$/u })
        .count(),
    ).toBe(1);
    await context.close();
  });
});
