/**
 * Reads a built site from disk for the link check: every file path, and every HTML page scanned.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { scanHtml } from './scan-html.ts';
import { createLinkChecker, type CheckOptions, type Problem } from './check.ts';

/** Lists the files under `dir`, relative to it, sorted so reports come out in a stable order. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

export interface SiteCheck {
  problems: Problem[];
  pages: number;
  links: number;
}

/** Checks the links of the site built in `dir`, one page in memory at a time. */
export async function checkSite(dir: string, options: CheckOptions): Promise<SiteCheck> {
  const files = await listFiles(dir);
  const checker = createLinkChecker(new Set(files), options);
  let pages = 0;
  let links = 0;
  for (const file of files.filter((name) => name.endsWith('.html'))) {
    const scanned = scanHtml(await readFile(path.join(dir, file), 'utf8'));
    checker.add(file, scanned);
    pages += 1;
    links += scanned.refs.length;
  }
  return { problems: checker.finish(), pages, links };
}
