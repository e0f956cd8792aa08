/**
 * Writes the file:// bundle's search index: Pagefind's fragments (the exact text Pagefind indexed,
 * with heading anchors) cut into sections, plus the glossary names, as one classic script.
 */
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { LEXICON_FILE, OFFLINE_INDEX_FILE, OFFLINE_INDEX_GLOBAL, PAGEFIND_DIR } from '../../src/lib/search/paths.ts';
import {
  offlineIndexScript,
  toOfflinePage,
  type Fragment,
  type OfflineIndex,
} from '../../src/lib/search/offline-index.ts';
import type { GlossaryNames } from '../../src/lib/search/lexicon.ts';

const SIGNATURE = 'pagefind_dcd';

/** Decodes a `.pf_fragment` file: gzip, then Pagefind's signature, then JSON. */
export function decodeFragment(bytes: Uint8Array, file: string): Fragment {
  const text = gunzipSync(bytes).toString('utf8');
  if (!text.startsWith(SIGNATURE))
    throw new Error(`${file}: not a Pagefind fragment (no "${SIGNATURE}" signature); rebuild the site.`);
  return JSON.parse(text.slice(SIGNATURE.length)) as Fragment;
}

/** Builds the index from a built site's Pagefind bundle and lexicon. */
export async function buildOfflineIndex(site: string, base: string): Promise<OfflineIndex> {
  const folder = path.join(site, PAGEFIND_DIR, 'fragment');
  const files = (await readdir(folder)).filter((file) => file.endsWith('.pf_fragment')).sort();
  const fragments = await Promise.all(
    files.map(async (file) => decodeFragment(await readFile(path.join(folder, file)), path.join(folder, file))),
  );
  const glossary = JSON.parse(await readFile(path.join(site, LEXICON_FILE), 'utf8')) as GlossaryNames[];
  const pages = fragments.map((fragment) => toOfflinePage(fragment, base)).sort((a, b) => a.path.localeCompare(b.path));
  return { glossary, pages };
}

/** Writes `search/offline-index.js` into `out`; returns its size in bytes. */
export async function writeOfflineIndex(site: string, out: string, base: string): Promise<number> {
  const script = offlineIndexScript(await buildOfflineIndex(site, base), OFFLINE_INDEX_GLOBAL);
  const target = path.join(out, OFFLINE_INDEX_FILE);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, script);
  return Buffer.byteLength(script);
}
