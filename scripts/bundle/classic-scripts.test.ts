import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { classicPage, importsModules } from './classic-scripts.ts';

describe('importsModules', () => {
  test.each([
    ['import { a } from "/_astro/a.js"; a();', true],
    ['const m = await import("/_astro/b.js");', true],
    ['document.documentElement.dataset.js = "";', false],
    ['const important = 1;', false],
  ])('returns %s → %s', (code, expected) => {
    expect(importsModules(code)).toBe(expected);
  });
});

describe('classicPage', () => {
  test('replaces a module script with a classic one that bundles its dynamic imports', async () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'classic-'));
    onTestFinished(() => rmSync(dist, { recursive: true, force: true }));
    writeFileSync(path.join(dist, 'entry.js'), 'document.title = "a"; import("./lazy.js").then((m) => m.run());');
    writeFileSync(path.join(dist, 'lazy.js'), 'export function run() { document.body.dataset.ran = "yes"; }');
    const bundles: string[] = [];
    const html = await classicPage(
      '<script type="module" src="/course/entry.js"></script><script type="module">x()</script>',
      dist,
      '/course/',
      (code) => {
        bundles.push(code);
        return '/course/classic.js';
      },
    );
    expect(html).toBe('<script defer src="/course/classic.js"></script><script type="module">x()</script>');
    expect(bundles[0]).toContain('ran');
    expect(bundles[0]).not.toMatch(/\bimport\(/u);
  });
});
