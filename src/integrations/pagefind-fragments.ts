/**
 * Pagefind's fragments as written into a built site: each indexed page's text, headings and meta.
 * Read back for the search lexicon (the pages' words) and the file:// bundle's index.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Fragment } from '../lib/search/offline-index.ts';
import { PAGEFIND_DIR } from '../lib/search/paths.ts';

const SIGNATURE = 'pagefind_dcd';

/** Decodes a `.pf_fragment` file: gzip, then Pagefind's signature, then JSON. */
export function decodeFragment(bytes: Uint8Array, file: string): Fragment {
  const text = gunzipSync(bytes).toString('utf8');
  if (!text.startsWith(SIGNATURE))
    throw new Error(`${file}: not a Pagefind fragment (no "${SIGNATURE}" signature); rebuild the site.`);
  return JSON.parse(text.slice(SIGNATURE.length)) as Fragment;
}

/** A page's fragment with the id Pagefind's search results give that page. */
export interface PageFragment {
  id: string;
  fragment: Fragment;
}

/**
 * Every page's fragment in the site built in `site`, by id. A file holds one page (named by its id)
 * or, when Pagefind groups fragments, an object of pages by id.
 */
export async function readPageFragments(site: string): Promise<PageFragment[]> {
  const folder = path.join(site, PAGEFIND_DIR, 'fragment');
  const files = (await readdir(folder)).filter((file) => file.endsWith('.pf_fragment')).sort();
  const read = await Promise.all(
    files.map(async (file) => {
      const data: unknown = decodeFragment(await readFile(path.join(folder, file)), path.join(folder, file));
      if (typeof (data as Fragment).content === 'string')
        return [{ id: file.replace(/\.pf_fragment$/u, ''), fragment: data as Fragment }];
      return Object.entries(data as Record<string, Fragment>).map(([id, fragment]) => ({ id, fragment }));
    }),
  );
  return read.flat().sort((a, b) => a.id.localeCompare(b.id));
}

/** Every page's fragment in the site built in `site`. */
export async function readFragments(site: string): Promise<Fragment[]> {
  return (await readPageFragments(site)).map((entry) => entry.fragment);
}
