/**
 * The classroom bundle: a copy of the built site that works opened straight from disk (file://,
 * a USB stick): relative links with explicit index.html, classic scripts, a script-loaded search
 * index; and a zip of it.
 */
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { classicPage } from './classic-scripts.ts';
import { writeOfflineIndex } from './offline-index.ts';
import { relativeCss, relativeHtml } from './relative-urls.ts';
import { zip } from './zip.ts';
import { readBuiltSite } from '../lib/built-site.ts';
import { assertRemovable } from '../lib/removable.ts';

export interface BundleResult {
  pages: number;
  indexBytes: number;
  zipBytes: number;
}

async function files(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/** Writes `out` (the file:// site) and `zipFile` from the built site `site`. */
export async function bundleOffline(site: string, out: string, zipFile: string): Promise<BundleResult> {
  const { base } = await readBuiltSite(site);
  assertRemovable(out, 'OFFLINE_DIR', [site]);
  await rm(out, { recursive: true, force: true });
  await cp(site, out, { recursive: true });
  const bundles = new Map<string, string>();
  const named = (code: string): string => {
    const name = `_astro/classic-${createHash('sha256').update(code).digest('hex').slice(0, 10)}.js`;
    bundles.set(name, code);
    return `${base}${name}`;
  };
  const all = await files(out);
  const pages = all.filter((file) => file.endsWith('.html'));
  for (const file of pages) {
    const html = await readFile(path.join(out, file), 'utf8');
    await writeFile(path.join(out, file), relativeHtml(await classicPage(html, site, base, named), file, base));
  }
  for (const file of all.filter((name) => name.endsWith('.css'))) {
    await writeFile(path.join(out, file), relativeCss(await readFile(path.join(out, file), 'utf8'), file, base));
  }
  for (const [name, code] of bundles) await writeFile(path.join(out, name), code);
  const indexBytes = await writeOfflineIndex(site, out, base);
  const entries = await Promise.all(
    (await files(out)).map(async (name) => ({ name, data: await readFile(path.join(out, name)) })),
  );
  const archive = zip(entries);
  await mkdir(path.dirname(zipFile), { recursive: true });
  await writeFile(zipFile, archive);
  return { pages: pages.length, indexBytes, zipBytes: archive.length };
}
