import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { listFiles, readBuiltSite } from './built-site.ts';

let dir = '';
afterEach(() => rm(dir, { recursive: true, force: true }));

async function site(files: Record<string, string>): Promise<string> {
  dir = await mkdtemp(path.join(tmpdir(), 'built-site-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return dir;
}

describe('readBuiltSite', () => {
  test('returns the facts the build declared', async () => {
    const root = await site({
      'index.html': '<html></html>',
      'site.json': '{"base":"/docker-course/","site":"https://example.org","lang":"ko"}',
    });
    expect(await readBuiltSite(root)).toEqual({ base: '/docker-course/', site: 'https://example.org', lang: 'ko' });
  });

  test('throws saying to build when there is no site', async () => {
    const root = await site({});
    await expect(readBuiltSite(root)).rejects.toThrow(`${root}: no built site here (index.html is missing).`);
  });

  test('throws naming site.json when the build wrote none', async () => {
    const root = await site({ 'index.html': '' });
    await expect(readBuiltSite(root)).rejects.toThrow(`${path.join(root, 'site.json')}: not found.`);
  });

  test('throws naming the file when it is not JSON', async () => {
    const root = await site({ 'index.html': '', 'site.json': '{base' });
    await expect(readBuiltSite(root)).rejects.toThrow(/site\.json: not JSON/u);
  });
});

describe('listFiles', () => {
  test('returns every file as a sorted /-separated path', async () => {
    const root = await site({ 'b/c.txt': '', 'a.html': '', 'b/a/d.css': '' });
    expect(await listFiles(root)).toEqual(['a.html', 'b/a/d.css', 'b/c.txt']);
  });
});
